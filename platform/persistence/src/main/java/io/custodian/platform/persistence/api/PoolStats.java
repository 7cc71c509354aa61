package io.custodian.platform.persistence.api;

/**
 * Connection pool figures.
 *
 * @param active  connections in use
 * @param idle    connections open and free
 * @param total   connections open
 * @param waiting threads waiting for a connection
 * @param max     the pool's upper bound
 */
public record PoolStats(int active, int idle, int total, int waiting, int max) {
}
