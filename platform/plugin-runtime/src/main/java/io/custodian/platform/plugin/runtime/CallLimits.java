package io.custodian.platform.plugin.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a plugin's calls may go.
 *
 * @param timeout            how long a caller waits for one call (queueing included) before it fails with
 *                           {@link FailureKind#TIMED_OUT} and the plugin's worker is interrupted
 * @param maxConcurrentCalls how many calls of the plugin may run at once: the size of its thread pool
 * @param closeGrace         how long {@link PluginCallGuard#close()} lets running calls finish before interrupting them
 * @param maxQueuedCalls     how many calls may wait for a free worker; beyond that a call fails at once with
 *                           {@link FailureKind#UNAVAILABLE}; 0 means no call ever waits
 */
public record CallLimits(Duration timeout, int maxConcurrentCalls, Duration closeGrace, int maxQueuedCalls) {

    /** The default call time limit: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The default number of concurrent calls per plugin: 4. */
    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 4;
    /** The default grace for running calls when a plugin stops: 2 seconds. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(2);
    /** The default number of calls that may wait for a worker: 64. */
    public static final int DEFAULT_MAX_QUEUED_CALLS = 64;

    /** Rejects a missing or non-positive timeout, fewer than one worker, a negative grace or queue. */
    public CallLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(closeGrace, "closeGrace");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("a call timeout is positive: " + timeout);
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("a plugin runs at least one call at a time: " + maxConcurrentCalls);
        }
        if (closeGrace.isNegative()) {
            throw new IllegalArgumentException("a close grace is not negative: " + closeGrace);
        }
        if (maxQueuedCalls < 0) {
            throw new IllegalArgumentException("the number of waiting calls is not negative: " + maxQueuedCalls);
        }
    }

    /** {@code timeout} and {@code maxConcurrentCalls} with the default grace and queue. */
    public CallLimits(Duration timeout, int maxConcurrentCalls) {
        this(timeout, maxConcurrentCalls, DEFAULT_CLOSE_GRACE, DEFAULT_MAX_QUEUED_CALLS);
    }

    /** 10 seconds per call, 4 calls at once, 2 seconds of grace on close, 64 waiting calls. */
    public static CallLimits defaults() {
        return new CallLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_CONCURRENT_CALLS);
    }

    /** These limits with another call time limit. */
    public CallLimits withTimeout(Duration newTimeout) {
        return new CallLimits(newTimeout, maxConcurrentCalls, closeGrace, maxQueuedCalls);
    }

    /** These limits with another grace on close. */
    public CallLimits withCloseGrace(Duration newCloseGrace) {
        return new CallLimits(timeout, maxConcurrentCalls, newCloseGrace, maxQueuedCalls);
    }

    /** These limits with another bound on waiting calls. */
    public CallLimits withMaxQueuedCalls(int newMaxQueuedCalls) {
        return new CallLimits(timeout, maxConcurrentCalls, closeGrace, newMaxQueuedCalls);
    }
}
