package io.custodian.datasources.api;

import java.time.Instant;

/**
 * The latest health check of a source.
 *
 * @param status    {@code UP}, {@code DOWN} or {@code UNKNOWN} (never checked)
 * @param diagnosis the connector's diagnosis ({@code OK}, {@code UNREACHABLE}, {@code AUTH_FAILED}, ...), may be {@code null}
 * @param message   a human sentence, may be empty
 * @param checkedAt when, {@code null} if never
 */
public record SourceHealth(String status, String diagnosis, String message, Instant checkedAt) {

    /** Never checked. */
    public static final SourceHealth UNKNOWN = new SourceHealth("UNKNOWN", null, "", null);
}
