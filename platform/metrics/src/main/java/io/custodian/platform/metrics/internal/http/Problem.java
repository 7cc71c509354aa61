package io.custodian.platform.metrics.internal.http;

import io.custodian.platform.rest.api.ErrorCode;
import io.custodian.platform.rest.api.ProblemJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;

/**
 * An error answer of the metrics servlet, in the platform's problem+json shape. The servlet lives
 * outside the JAX-RS runtime, so it writes the body with {@link ProblemJson}.
 *
 * @param code   the platform's stable error code
 * @param detail human explanation; never secrets, never a stack trace
 */
record Problem(ErrorCode code, String detail) {

    static final ErrorCode UNAUTHORIZED = ErrorCode.of("auth.required", 401, "Unauthorized");
    static final ErrorCode FORBIDDEN = ErrorCode.of("auth.forbidden", 403, "Forbidden");
    static final ErrorCode METHOD_NOT_ALLOWED = ErrorCode.of("request.method_not_allowed", 405, "Method Not Allowed");
    static final ErrorCode INTERNAL = ErrorCode.of("internal.error", 500, "Internal Server Error");

    static Problem unauthorized(String detail) {
        return new Problem(UNAUTHORIZED, detail);
    }

    static Problem forbidden(String detail) {
        return new Problem(FORBIDDEN, detail);
    }

    static Problem methodNotAllowed(String detail) {
        return new Problem(METHOD_NOT_ALLOWED, detail);
    }

    static Problem internalError(String detail) {
        return new Problem(INTERNAL, detail);
    }

    /** Sends this problem as the whole response. */
    void send(HttpServletResponse response, String correlationId) throws IOException {
        byte[] body = ProblemJson.render(code, detail, correlationId).getBytes(StandardCharsets.UTF_8);
        response.setStatus(code.status());
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
