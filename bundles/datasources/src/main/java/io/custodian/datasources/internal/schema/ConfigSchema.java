package io.custodian.datasources.internal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A connector's settings schema, read as the subset of JSON Schema the connectors use: an object whose
 * {@code properties} are scalars ({@code type} string, integer, number or boolean) with {@code pattern},
 * {@code enum}, {@code minimum}/{@code maximum} (and their exclusive forms), {@code minLength}/{@code maxLength}
 * and {@code writeOnly} (a secret); {@code required}; {@code additionalProperties: false}. Other keywords
 * ({@code title}, {@code description}, {@code default}, ...) describe and do not constrain.
 *
 * @param properties           the declared properties, in schema order
 * @param required             the names that must be present
 * @param additionalProperties whether undeclared names are allowed
 */
public record ConfigSchema(Map<String, PropertyRule> properties, Set<String> required, boolean additionalProperties) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean");

    /** Copies the collections, keeping the order of properties. */
    public ConfigSchema {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        required = Set.copyOf(required);
    }

    /**
     * Reads a schema.
     *
     * @throws IllegalArgumentException if it is not JSON, not an object schema, or uses a keyword value this
     *                                  subset cannot check (a nested object type, a malformed pattern)
     */
    public static ConfigSchema parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the settings schema is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the settings schema is not a JSON object");
        }
        if (root.has("type") && !"object".equals(root.get("type").asText())) {
            throw new IllegalArgumentException("the settings schema does not describe an object");
        }
        Map<String, PropertyRule> properties = new LinkedHashMap<>();
        JsonNode declared = root.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = declared.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            properties.put(property.getKey(), rule(property.getKey(), property.getValue()));
        }
        Set<String> required = new LinkedHashSet<>();
        root.path("required").forEach(name -> required.add(name.asText()));
        boolean additional = !root.path("additionalProperties").isBoolean() || root.get("additionalProperties").asBoolean();
        return new ConfigSchema(properties, required, additional);
    }

    /** The names of the secret ({@code writeOnly}) properties, sorted. */
    public Set<String> secretNames() {
        Set<String> names = new TreeSet<>();
        properties.values().stream().filter(PropertyRule::secret).forEach(rule -> names.add(rule.name()));
        return names;
    }

    /** The rule of a declared property. */
    public Optional<PropertyRule> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    private static PropertyRule rule(String name, JsonNode node) {
        String type = node.hasNonNull("type") ? node.get("type").asText() : null;
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException("the settings schema gives " + name + " the type " + type
                    + ", which a connection setting cannot have");
        }
        Pattern pattern = null;
        if (node.hasNonNull("pattern")) {
            try {
                pattern = Pattern.compile(node.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("the settings schema's pattern of " + name + " is malformed");
            }
        }
        List<String> allowed = new ArrayList<>();
        node.path("enum").forEach(value -> allowed.add(value.asText()));
        return new PropertyRule(name, type, pattern, allowed, decimal(node, "minimum"), decimal(node, "maximum"),
                decimal(node, "exclusiveMinimum"), decimal(node, "exclusiveMaximum"), count(node, "minLength"),
                count(node, "maxLength"), node.path("writeOnly").asBoolean(false));
    }

    private static BigDecimal decimal(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static Integer count(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.canConvertToInt() ? value.intValue() : null;
    }
}
