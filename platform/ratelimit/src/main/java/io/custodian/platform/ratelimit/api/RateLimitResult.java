package io.custodian.platform.ratelimit.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one {@link RateLimiter#consume(String, String)} call.
 *
 * @param allowed whether the request may proceed; when false the caller answers 429
 * @param limit the bucket's capacity (requests per period); 0 means no limit applied (rate
 *              limiting disabled), and then {@link #headers()} is empty
 * @param remaining tokens left after this request
 * @param resetSeconds seconds until the bucket is full again
 * @param retryAfterSeconds when refused, seconds until one token is available (at least 1);
 *                          0 when allowed
 */
public record RateLimitResult(boolean allowed, long limit, long remaining, long resetSeconds,
                              long retryAfterSeconds) {

    /** Response header with the bucket's capacity. */
    public static final String LIMIT_HEADER = "X-RateLimit-Limit";
    /** Response header with the tokens left. */
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    /** Response header with the seconds until the bucket is full again. */
    public static final String RESET_HEADER = "X-RateLimit-Reset";
    /** Response header, on refused requests only, with the seconds to wait (RFC 9110). */
    public static final String RETRY_AFTER_HEADER = "Retry-After";

    private static final RateLimitResult UNLIMITED = new RateLimitResult(true, 0, 0, 0, 0);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a number is negative, or a refused result has no
     *                                  positive retry delay
     */
    public RateLimitResult {
        if (limit < 0 || remaining < 0 || resetSeconds < 0 || retryAfterSeconds < 0) {
            throw new IllegalArgumentException("rate limit values must not be negative");
        }
        if (!allowed && retryAfterSeconds < 1) {
            throw new IllegalArgumentException("a refused request needs retryAfterSeconds >= 1");
        }
    }

    /**
     * The result when no limit applies (rate limiting switched off).
     *
     * @return an allowed result with {@code limit == 0} and no headers
     */
    public static RateLimitResult unlimited() {
        return UNLIMITED;
    }

    /**
     * The response headers for this result: {@value #LIMIT_HEADER}, {@value #REMAINING_HEADER},
     * {@value #RESET_HEADER}, and {@value #RETRY_AFTER_HEADER} when the request is refused.
     *
     * @return header name to value, in that order; empty when {@code limit == 0}; unmodifiable
     */
    public Map<String, String> headers() {
        if (limit == 0) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(LIMIT_HEADER, Long.toString(limit));
        headers.put(REMAINING_HEADER, Long.toString(remaining));
        headers.put(RESET_HEADER, Long.toString(resetSeconds));
        if (!allowed) {
            headers.put(RETRY_AFTER_HEADER, Long.toString(retryAfterSeconds));
        }
        return Collections.unmodifiableMap(headers);
    }
}
