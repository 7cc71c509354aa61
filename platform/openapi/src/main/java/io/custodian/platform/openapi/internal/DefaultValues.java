package io.custodian.platform.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Adds a {@code @DefaultValue} to a parameter schema, converted to the schema's JSON type. */
final class DefaultValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DefaultValues() {
    }

    /** A copy of {@code schema} with {@code default}; a {@code $ref} is wrapped in {@code allOf}, where siblings count. */
    static ObjectNode withDefault(ObjectNode schema, String value) {
        if (schema.has("$ref")) {
            ObjectNode wrapped = JSON.objectNode();
            wrapped.set("allOf", JSON.arrayNode().add(schema.deepCopy()));
            wrapped.put("default", value);
            return wrapped;
        }
        ObjectNode copy = schema.deepCopy();
        copy.set("default", typed(schema, value));
        return copy;
    }

    static JsonNode typed(JsonNode schema, String value) {
        String type = schema.path("type").asText("");
        try {
            switch (type) {
                case "integer":
                    return JSON.numberNode(new BigInteger(value.trim()));
                case "number":
                    return JSON.numberNode(new BigDecimal(value.trim()));
                case "boolean":
                    return JSON.booleanNode(Boolean.parseBoolean(value.trim()));
                case "array":
                    // JAX-RS applies a collection parameter's default as its single element.
                    return JSON.arrayNode().add(typed(schema.path("items"), value));
                default:
                    return JSON.textNode(value);
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(value);
        }
    }
}
