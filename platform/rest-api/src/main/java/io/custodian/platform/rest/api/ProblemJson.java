package io.custodian.platform.rest.api;

/**
 * The platform's {@code application/problem+json} body (RFC 9457) written without a JSON
 * library, for servlets that answer outside the JAX-RS runtime and its Jackson provider. Same
 * members as the runtime's problems: type, title, status, code, detail, correlationId.
 */
public final class ProblemJson {

    /** The media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /**
     * The JSON body for {@code code}.
     *
     * @param detail        human explanation; never secrets, never a stack trace
     * @param correlationId the request's id (see {@link CorrelationIds})
     */
    public static String render(ErrorCode code, String detail, String correlationId) {
        StringBuilder json = new StringBuilder(192);
        json.append("{\"type\":\"about:blank\",\"title\":");
        quote(json, code.title());
        json.append(",\"status\":").append(code.status()).append(",\"code\":");
        quote(json, code.code());
        json.append(",\"detail\":");
        quote(json, detail);
        json.append(",\"correlationId\":");
        quote(json, correlationId);
        return json.append('}').toString();
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
