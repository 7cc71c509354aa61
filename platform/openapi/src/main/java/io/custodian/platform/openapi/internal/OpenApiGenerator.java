package io.custodian.platform.openapi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.platform.rest.api.RestResources;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the OpenAPI 3.0.3 document of a set of JAX-RS resource classes by reflection. The output
 * is deterministic for a given set of classes (sorted by class, path and method).
 */
final class OpenApiGenerator {

    static final String OPENAPI_VERSION = "3.0.3";
    static final String TITLE = "Custodian API";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiGenerator.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** OpenAPI 3.0 path item keys in the order the document lists them. */
    private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD",
            "PATCH", "TRACE");

    private final String version;

    /** @param version the API version shown in {@code info}: the bundle version */
    OpenApiGenerator(String version) {
        this.version = version;
    }

    /** The document as pretty-printed JSON. */
    String generateJson(Collection<Class<?>> resourceClasses) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(generate(resourceClasses));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode generate(Collection<Class<?>> resourceClasses) {
        SchemaRegistry schemas = new SchemaRegistry();
        schemas.define(StandardComponents.PROBLEM, StandardComponents.problemSchema());
        OperationBuilder builder = new OperationBuilder(schemas);
        OperationIds ids = new OperationIds();

        Map<String, ObjectNode> paths = new LinkedHashMap<>();
        Set<String> tags = new TreeSet<>();
        for (ResourceOperation operation : operations(resourceClasses)) {
            ObjectNode pathItem = paths.computeIfAbsent(operation.path().path(), p -> JSON.objectNode());
            String key = operation.httpMethod().toLowerCase();
            try {
                ObjectNode built = builder.build(operation, ids.next(operation.resourceClass(), operation.method()));
                pathItem.set(key, built);
                tags.add(operation.path().firstSegment());
            } catch (RuntimeException | LinkageError e) {
                // One broken resource (a type its bundle cannot load, say) must not take the whole document down.
                LOG.warn("Cannot describe {}.{}; left out of the OpenAPI document",
                        operation.resourceClass().getName(), operation.method().getName(), e);
            }
        }

        ObjectNode document = JSON.objectNode().put("openapi", OPENAPI_VERSION);
        document.set("info", JSON.objectNode().put("title", TITLE).put("version", version)
                .put("description", "The REST API of this Custodian instance: the resources registered right now."));
        document.set("servers", JSON.arrayNode().add(JSON.objectNode().put("url", RestResources.BASE_PATH)));
        ArrayNode tagNodes = JSON.arrayNode();
        tags.forEach(tag -> tagNodes.add(JSON.objectNode().put("name", tag)));
        document.set("tags", tagNodes);
        ObjectNode pathsNode = JSON.objectNode();
        paths.forEach((path, item) -> {
            if (!item.isEmpty()) {
                pathsNode.set(path, item);
            }
        });
        document.set("paths", pathsNode);
        ObjectNode components = JSON.objectNode();
        components.set("schemas", schemas.components());
        components.set("responses", StandardComponents.responses());
        components.set("securitySchemes", StandardComponents.securitySchemes());
        document.set("components", components);
        return document;
    }

    /** All operations, sorted by path then method, without duplicates of one path and method. */
    private static List<ResourceOperation> operations(Collection<Class<?>> resourceClasses) {
        List<ResourceOperation> all = new ArrayList<>();
        resourceClasses.stream().distinct().sorted(Comparator.comparing(Class::getName)).forEach(type -> {
            try {
                all.addAll(ResourceScanner.scan(type));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Cannot scan {}; left out of the OpenAPI document", type.getName(), e);
            }
        });
        List<ResourceOperation> sorted = all.stream()
                .filter(op -> METHOD_ORDER.contains(op.httpMethod()) || skipUnsupported(op))
                .sorted(Comparator.comparing((ResourceOperation op) -> op.path().path())
                        .thenComparing(op -> METHOD_ORDER.indexOf(op.httpMethod())))
                .toList();
        List<ResourceOperation> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResourceOperation operation : sorted) {
            if (seen.add(operation.httpMethod() + " " + operation.path().path())) {
                unique.add(operation);
            } else {
                LOG.warn("{} {} is declared more than once; {}.{} left out of the OpenAPI document",
                        operation.httpMethod(), operation.path().path(), operation.resourceClass().getName(),
                        operation.method().getName());
            }
        }
        return unique;
    }

    private static boolean skipUnsupported(ResourceOperation operation) {
        LOG.debug("OpenAPI 3.0 cannot express HTTP method {} of {}.{}", operation.httpMethod(),
                operation.resourceClass().getName(), operation.method().getName());
        return false;
    }
}
