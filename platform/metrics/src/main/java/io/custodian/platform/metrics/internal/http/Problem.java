package io.custodian.platform.metrics.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;

/**
 * An {@code application/problem+json} (RFC 9457) answer in the platform's shape, written by hand
 * because this servlet lives outside the JAX-RS runtime and its Jackson provider.
 *
 * @param status HTTP status
 * @param title  short human title of the status
 * @param code   the platform's stable error code
 * @param detail human explanation; never secrets, never a stack trace
 */
record Problem(int status, String title, String code, String detail) {

    static final String MEDIA_TYPE = "application/problem+json";

    static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", "auth.required", detail);
    }

    static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", "auth.forbidden", detail);
    }

    static Problem methodNotAllowed(String detail) {
        return new Problem(405, "Method Not Allowed", "request.method_not_allowed", detail);
    }

    static Problem internalError(String detail) {
        return new Problem(500, "Internal Server Error", "internal.error", detail);
    }

    /** The JSON body. */
    String toJson(String correlationId) {
        StringBuilder json = new StringBuilder(160);
        json.append("{\"type\":\"about:blank\",\"title\":");
        quote(json, title);
        json.append(",\"status\":").append(status).append(",\"code\":");
        quote(json, code);
        json.append(",\"detail\":");
        quote(json, detail);
        json.append(",\"correlationId\":");
        quote(json, correlationId);
        return json.append('}').toString();
    }

    /** Sends this problem as the whole response. */
    void send(HttpServletResponse response, String correlationId) throws IOException {
        byte[] body = toJson(correlationId).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void quote(StringBuilder json, String value) {
        String text = value == null ? "" : value;
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
