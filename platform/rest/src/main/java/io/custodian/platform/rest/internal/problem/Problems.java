package io.custodian.platform.rest.internal.problem;

import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@code application/problem+json} responses (RFC 9457) with the stable {@code code} and
 * the request's correlation id, and logs them: 4xx at WARN, 5xx at ERROR.
 */
public final class Problems {

    /** Media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** A problem response for {@code code} with a human {@code detail}. */
    public static Response of(ErrorCode code, String detail) {
        return of(code, detail, Map.of());
    }

    /** A problem response with extra members. */
    public static Response of(ErrorCode code, String detail, Map<String, Object> extensions) {
        String correlationId = Caller.current().origin().correlationId();
        Map<String, Object> extra = new LinkedHashMap<>(extensions);
        extra.keySet().removeAll(java.util.List.of("type", "title", "status", "detail", "code", "correlationId"));
        ProblemBody body = new ProblemBody(code.title(), code.status(), detail, code.code(), correlationId, extra);
        if (code.status() >= 500) {
            LOG.error("{} {} [{}]: {}", code.status(), code.code(), correlationId, detail);
        } else {
            LOG.warn("{} {} [{}]: {}", code.status(), code.code(), correlationId, detail);
        }
        return Response.status(code.status()).type(MEDIA_TYPE).entity(body).build();
    }
}
