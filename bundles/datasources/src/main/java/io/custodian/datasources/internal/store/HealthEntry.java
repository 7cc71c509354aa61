package io.custodian.datasources.internal.store;

import java.time.Instant;

/**
 * One health check.
 *
 * @param checkedAt when
 * @param status    {@code UP} or {@code DOWN}
 * @param diagnosis the connector's diagnosis, or {@code null} when the test could not run
 * @param message   a sentence, no secrets
 * @param elapsedMs how long the test took
 */
public record HealthEntry(Instant checkedAt, String status, String diagnosis, String message, long elapsedMs) {
}
