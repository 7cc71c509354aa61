package io.custodian.platform.openapi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds one OpenAPI operation object from a resource method. */
final class OperationBuilder {

    static final String PERMISSION_EXTENSION = "x-custodian-permission";
    static final String PUBLIC_EXTENSION = "x-custodian-public";

    private static final Logger LOG = LoggerFactory.getLogger(OperationBuilder.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** OpenAPI 3.0 says header parameters with these names are ignored; the media types and security say it. */
    private static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final SchemaRegistry schemas;

    OperationBuilder(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    ObjectNode build(ResourceOperation operation, String operationId) {
        Access access = Access.of(operation);
        ObjectNode node = JSON.objectNode();
        node.set("tags", JSON.arrayNode().add(operation.path().firstSegment()));
        node.put("summary", Summaries.of(operation.method().getName()));
        access.publicReason().filter(r -> access.isPublic()).ifPresent(reason -> node.put("description",
                "Public: " + reason));
        if (access.permission().isEmpty() && !access.isPublic()) {
            node.put("description", "Declares no permission: the runtime refuses it with 403.");
        }
        node.put("operationId", operationId);
        ParameterReader.Parameters parameters = ParameterReader.read(operation.annotated());
        ArrayNode parameterNodes = parameters(operation, parameters.bound());
        if (!parameterNodes.isEmpty()) {
            node.set("parameters", parameterNodes);
        }
        List<String> consumes = JaxRsAnnotations.consumes(operation.annotated(), operation.pathClass());
        requestBody(parameters, consumes).ifPresent(body -> node.set("requestBody", body));
        node.set("responses", responses(operation, access));
        node.set("security", access.isPublic() ? JSON.arrayNode() : StandardComponents.authenticated());
        access.permission().ifPresent(p -> node.put(PERMISSION_EXTENSION, p));
        access.publicReason().filter(r -> access.isPublic()).ifPresent(r -> node.put(PUBLIC_EXTENSION, r));
        return node;
    }

    private ArrayNode parameters(ResourceOperation operation, List<ParameterReader.Bound> bound) {
        ArrayNode nodes = JSON.arrayNode();
        Set<String> seen = new HashSet<>();
        List<String> templateNames = operation.path().parameterNames();
        for (ParameterReader.Bound parameter : bound) {
            if (parameter.in().equals("form")
                    || (parameter.in().equals("header") && RESERVED_HEADERS.contains(parameter.name().toLowerCase()))) {
                continue;
            }
            if (parameter.in().equals("path") && !templateNames.contains(parameter.name())) {
                LOG.warn("{}.{}: @PathParam {} is not in the path {}; left out", operation.resourceClass().getName(),
                        operation.method().getName(), parameter.name(), operation.path().path());
                continue;
            }
            if (!seen.add(parameter.in() + ":" + parameter.name())) {
                continue;
            }
            nodes.add(parameter(parameter.in(), parameter.name(), parameter.type(), parameter.defaultValue()));
        }
        // Every template needs a declared parameter, even one the method reads some other way.
        for (String name : templateNames) {
            if (seen.add("path:" + name)) {
                nodes.add(parameter("path", name, String.class, Optional.empty()));
            }
        }
        return nodes;
    }

    private ObjectNode parameter(String in, String name, Type type, Optional<String> defaultValue) {
        ObjectNode node = JSON.objectNode().put("name", name).put("in", in);
        // JAX-RS never refuses a request for a missing query, header or cookie value; only templates must be there.
        node.put("required", in.equals("path"));
        ObjectNode schema = schemas.schemaFor(type);
        node.set("schema", defaultValue.map(value -> DefaultValues.withDefault(schema, value)).orElse(schema));
        return node;
    }

    private Optional<ObjectNode> requestBody(ParameterReader.Parameters parameters, List<String> consumes) {
        List<ParameterReader.Bound> form = parameters.bound().stream().filter(p -> p.in().equals("form")).toList();
        if (!form.isEmpty()) {
            ObjectNode properties = JSON.objectNode();
            for (ParameterReader.Bound field : form) {
                ObjectNode schema = schemas.schemaFor(field.type());
                properties.set(field.name(),
                        field.defaultValue().map(value -> DefaultValues.withDefault(schema, value)).orElse(schema));
            }
            ObjectNode schema = JSON.objectNode().put("type", "object").set("properties", properties);
            String mediaType = consumes.contains("multipart/form-data") ? "multipart/form-data"
                    : "application/x-www-form-urlencoded";
            return Optional.of(body(List.of(mediaType), schema, true));
        }
        return parameters.entity().map(type -> body(consumes, schemas.bodySchema(type),
                !BeanProperties.isOptional(Types.raw(type))));
    }

    private static ObjectNode body(List<String> mediaTypes, ObjectNode schema, boolean required) {
        ObjectNode content = JSON.objectNode();
        for (String mediaType : mediaTypes) {
            content.set(mediaType, JSON.objectNode().set("schema", schema.deepCopy()));
        }
        ObjectNode body = JSON.objectNode();
        body.set("content", content);
        body.put("required", required);
        return body;
    }

    private ObjectNode responses(ResourceOperation operation, Access access) {
        ObjectNode responses = JSON.objectNode();
        Type returnType = operation.annotated().getGenericReturnType();
        Class<?> raw = Types.raw(returnType);
        if (raw == void.class || raw == Void.class) {
            responses.set("204", JSON.objectNode().put("description", "No Content"));
        } else {
            ObjectNode schema = schemas.bodySchema(returnType);
            ObjectNode content = JSON.objectNode();
            for (String mediaType : JaxRsAnnotations.produces(operation.annotated(), operation.pathClass())) {
                content.set(mediaType, JSON.objectNode().set("schema", schema.deepCopy()));
            }
            ObjectNode ok = JSON.objectNode().put("description", "OK");
            ok.set("content", content);
            responses.set("200", ok);
        }
        for (StandardComponents.ErrorResponse error : StandardComponents.ERRORS) {
            if (!error.needsAuth() || !access.isPublic()) {
                responses.set(error.status(), JSON.objectNode().put("$ref", error.ref()));
            }
        }
        return responses;
    }
}
