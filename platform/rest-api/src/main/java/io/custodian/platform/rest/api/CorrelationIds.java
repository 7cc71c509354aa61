package io.custodian.platform.rest.api;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        return offered != null && SANE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4 layout) UUID from {@link ThreadLocalRandom}. Correlation ids need to be
     * unique, not secret; {@code UUID.randomUUID()} draws from the shared SecureRandom, whose
     * lock every request would queue on.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
