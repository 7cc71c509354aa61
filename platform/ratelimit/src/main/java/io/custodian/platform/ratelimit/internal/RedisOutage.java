package io.custodian.platform.ratelimit.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Tracks whether Redis is failing. After a failure, Redis is left alone for a short back-off so
 * that requests do not each wait for a connect timeout, and the WARN about it is logged at most
 * once per interval so an outage does not flood the log.
 */
final class RedisOutage {

    static final long BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    static final long WARN_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final LongSupplier nanoTime;
    private volatile boolean down;
    private long retryAtNanos;
    private long lastWarnNanos;
    private boolean warnedOnce;

    RedisOutage(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** True while in back-off after a failure: do not call Redis, fail open at once. */
    boolean inBackoff() {
        if (!down) {
            return false;
        }
        synchronized (this) {
            return nanoTime.getAsLong() - retryAtNanos < 0;
        }
    }

    /**
     * Records a failed call.
     *
     * @return true if the caller should log the WARN now (first failure, or a minute since the last)
     */
    synchronized boolean failed() {
        long now = nanoTime.getAsLong();
        down = true;
        retryAtNanos = now + BACKOFF_NANOS;
        if (!warnedOnce || now - lastWarnNanos >= WARN_INTERVAL_NANOS) {
            warnedOnce = true;
            lastWarnNanos = now;
            return true;
        }
        return false;
    }

    /**
     * Records a successful call.
     *
     * @return true if Redis was failing before, so the caller can log the recovery once
     */
    boolean succeeded() {
        if (!down) {
            return false;
        }
        synchronized (this) {
            boolean wasDown = down;
            down = false;
            return wasDown;
        }
    }
}
