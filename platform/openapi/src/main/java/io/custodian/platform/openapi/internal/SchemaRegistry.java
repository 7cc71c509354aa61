package io.custodian.platform.openapi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import javax.ws.rs.core.Response;

/**
 * Turns Java types into OpenAPI schemas. Records, POJOs and enums become named schemas under
 * {@code components/schemas} referenced with {@code $ref}; a name is reserved before the type's
 * properties are visited, so self- and mutually-referencing types end in a {@code $ref}, never
 * in endless recursion.
 */
final class SchemaRegistry {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, String> namesByKey = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    /** Reserves a name for a schema defined elsewhere (the shared {@code Problem}). */
    void define(String name, ObjectNode schema) {
        usedNames.add(name);
        schemas.put(name, schema);
    }

    /** The named schemas collected so far, sorted by name. */
    ObjectNode components() {
        ObjectNode result = JSON.objectNode();
        schemas.forEach(result::set);
        return result;
    }

    /** The schema of a request or response body; raw byte bodies are binary strings. */
    ObjectNode bodySchema(Type type) {
        Type resolved = Types.resolve(type, Map.of());
        Class<?> raw = Types.raw(resolved);
        if (Response.class.isAssignableFrom(raw)) {
            return JSON.objectNode();
        }
        if (CompletionStage.class.isAssignableFrom(raw) || Future.class.isAssignableFrom(raw)) {
            return bodySchema(Types.argument(resolved, 0));
        }
        if (ScalarSchemas.isBinaryBody(raw)) {
            return ScalarSchemas.binary();
        }
        return schemaFor(resolved);
    }

    /** The schema of a value of {@code type}; named types give a {@code $ref}. */
    ObjectNode schemaFor(Type type) {
        Type resolved = Types.resolve(type, Map.of());
        Class<?> raw = Types.raw(resolved);
        if (BeanProperties.isOptional(raw)) {
            return raw == Optional.class ? schemaFor(Types.argument(resolved, 0)) : ScalarSchemas.of(raw).orElseThrow();
        }
        Optional<ObjectNode> scalar = ScalarSchemas.of(raw);
        if (scalar.isPresent()) {
            return scalar.get();
        }
        if (raw.isArray()) {
            Type component = resolved instanceof Types.ArrayOf a ? a.component() : raw.getComponentType();
            return JSON.objectNode().put("type", "array").set("items", schemaFor(component));
        }
        if (Collection.class.isAssignableFrom(raw) || Iterable.class.isAssignableFrom(raw)) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", schemaFor(Types.argument(resolved, 0)));
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            // JSON object keys are strings whatever the key type; the value type is what matters.
            ObjectNode map = JSON.objectNode().put("type", "object");
            map.set("additionalProperties", schemaFor(Types.argument(resolved, 1)));
            return map;
        }
        if (isOpaque(raw)) {
            return JSON.objectNode();
        }
        return reference(resolved, raw);
    }

    private ObjectNode reference(Type type, Class<?> raw) {
        String key = Types.key(type);
        String name = namesByKey.get(key);
        if (name == null) {
            name = uniqueName(type, raw);
            namesByKey.put(key, name);
            usedNames.add(name);
            schemas.put(name, JSON.objectNode()); // placeholder: a cycle back to this type finds the name
            schemas.put(name, raw.isEnum() ? enumSchema(raw) : objectSchema(type, raw));
        }
        return JSON.objectNode().put("$ref", REF_PREFIX + name);
    }

    private ObjectNode objectSchema(Type type, Class<?> raw) {
        Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = JSON.objectNode();
        ArrayNode required = JSON.arrayNode();
        for (BeanProperties.Property property : BeanProperties.of(raw)) {
            properties.set(property.name(), schemaFor(Types.resolve(property.type(), bindings)));
            if (property.required()) {
                required.add(property.name());
            }
        }
        schema.set("properties", properties);
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode enumSchema(Class<?> raw) {
        ArrayNode values = JSON.arrayNode();
        for (Object constant : raw.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        ObjectNode schema = JSON.objectNode().put("type", "string");
        schema.set("enum", values);
        return schema;
    }

    private String uniqueName(Type type, Class<?> raw) {
        String base = Types.displayName(type);
        if (!usedNames.contains(base)) {
            return base;
        }
        // Two types with one simple name: qualify with the enclosing class or the last package segment.
        String qualifier = raw.getEnclosingClass() != null
                ? raw.getEnclosingClass().getSimpleName()
                : lastPackageSegment(raw);
        String qualified = qualifier + base;
        String candidate = qualified;
        for (int n = 2; usedNames.contains(candidate); n++) {
            candidate = qualified + n;
        }
        return candidate;
    }

    private static String lastPackageSegment(Class<?> raw) {
        String pkg = raw.getPackageName();
        String last = pkg.substring(pkg.lastIndexOf('.') + 1);
        return last.isEmpty() ? "" : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    /** Types with no describable structure: Object, JDK and JSON tree types, interfaces of the JDK. */
    private static boolean isOpaque(Class<?> raw) {
        String name = raw.getName();
        return raw == Object.class || raw.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.")
                || name.startsWith("com.fasterxml.jackson.");
    }
}
