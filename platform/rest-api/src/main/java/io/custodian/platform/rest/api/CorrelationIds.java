package io.custodian.platform.rest.api;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the caller's {@code X-Correlation-Id} when it is a sane token,
 * else a new one. One rule for the JAX-RS runtime and for servlets outside it ({@code /metrics},
 * the fallback 404), so the id a client sent comes back the same wherever the request went.
 */
public final class CorrelationIds {

    /** Request and response header carrying the id. */
    public static final String HEADER = "X-Correlation-Id";

    // Bounded and without separators or control characters: it goes into logs and JSON verbatim.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationIds() {
    }

    /** The offered id when it is 1-64 letters, digits, '.', '_' or '-'; otherwise a new random UUID. */
    public static String from(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
