package io.custodian.platform.openapi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The parts every Custodian document shares: the RFC 9457 {@code Problem} schema, the shared
 * error responses that reference it, and the two security schemes.
 */
final class StandardComponents {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String BASIC_AUTH = "basicAuth";
    static final String BEARER_AUTH = "bearerAuth";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * A shared error response.
     *
     * @param status        HTTP status, the key under an operation's responses
     * @param componentName name under {@code components/responses}
     * @param description   what the status means here
     * @param needsAuth     only listed for operations that require authentication (401, 403)
     */
    record ErrorResponse(String status, String componentName, String description, boolean needsAuth) {
        String ref() {
            return "#/components/responses/" + componentName;
        }
    }

    static final List<ErrorResponse> ERRORS = List.of(
            new ErrorResponse("400", "BadRequest", "The request is malformed or invalid.", false),
            new ErrorResponse("401", "Unauthorized", "No or invalid credentials.", true),
            new ErrorResponse("403", "Forbidden", "The caller lacks the required permission.", true),
            new ErrorResponse("404", "NotFound", "The resource does not exist.", false),
            new ErrorResponse("500", "InternalServerError", "An unexpected server error; quote the correlation id.",
                    false));

    private StandardComponents() {
    }

    /** RFC 9457 problem details plus Custodian's stable {@code code} and the request's {@code correlationId}. */
    static ObjectNode problemSchema() {
        ObjectNode properties = JSON.objectNode();
        properties.set("type", string("A URI reference identifying the problem type.").put("format", "uri-reference")
                .put("default", "about:blank"));
        properties.set("title", string("Short summary of the problem type."));
        properties.set("status", JSON.objectNode().put("type", "integer").put("format", "int32")
                .put("description", "The HTTP status code."));
        properties.set("detail", string("Explanation specific to this occurrence."));
        properties.set("instance", string("A URI reference identifying this occurrence.")
                .put("format", "uri-reference"));
        properties.set("code", string("Stable Custodian error code, for example request.malformed_json."));
        properties.set("correlationId", string("Correlation id of the request, also in the server logs."));
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "Problem details (RFC 9457).");
        schema.set("properties", properties);
        schema.set("required", JSON.arrayNode().add("title").add("status").add("code"));
        // Problem types may add members (for example validation errors).
        schema.put("additionalProperties", true);
        return schema;
    }

    static ObjectNode responses() {
        ObjectNode responses = JSON.objectNode();
        for (ErrorResponse error : ERRORS) {
            ObjectNode response = JSON.objectNode().put("description", error.description());
            if (error.status().equals("401")) {
                ObjectNode header = JSON.objectNode().put("description", "The authentication scheme to use.");
                header.set("schema", JSON.objectNode().put("type", "string"));
                response.set("headers", JSON.objectNode().set("WWW-Authenticate", header));
            }
            ObjectNode mediaType = JSON.objectNode();
            mediaType.set("schema", JSON.objectNode().put("$ref", "#/components/schemas/" + PROBLEM));
            response.set("content", JSON.objectNode().set(PROBLEM_MEDIA_TYPE, mediaType));
            responses.set(error.componentName(), response);
        }
        return responses;
    }

    static ObjectNode securitySchemes() {
        ObjectNode schemes = JSON.objectNode();
        schemes.set(BASIC_AUTH, JSON.objectNode().put("type", "http").put("scheme", "basic"));
        schemes.set(BEARER_AUTH, JSON.objectNode().put("type", "http").put("scheme", "bearer"));
        return schemes;
    }

    /** Either scheme satisfies an operation: two alternative requirement objects. */
    static ArrayNode authenticated() {
        ArrayNode security = JSON.arrayNode();
        security.add(JSON.objectNode().set(BASIC_AUTH, JSON.arrayNode()));
        security.add(JSON.objectNode().set(BEARER_AUTH, JSON.arrayNode()));
        return security;
    }

    private static ObjectNode string(String description) {
        return JSON.objectNode().put("type", "string").put("description", description);
    }
}
