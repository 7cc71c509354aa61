package io.custodian.platform.persistence.api;

/**
 * Result of a database check.
 *
 * @param up        whether a connection could be taken and validated
 * @param latencyMs how long the check took
 * @param message   short human text; never contains credentials
 */
public record DatabaseStatus(boolean up, long latencyMs, String message) {
}
