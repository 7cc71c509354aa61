package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.TimeUnit;

/** Turns Bucket4j's answer into the API's result. */
final class Probes {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private Probes() {
    }

    /** The result of one consumption attempt on a bucket with {@code limit}. */
    static RateLimitResult toResult(ConsumptionProbe probe, Limit limit) {
        long remaining = Math.max(0, probe.getRemainingTokens());
        long reset = ceilSeconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitResult(true, limit.capacity(), remaining, reset, 0);
        }
        // Retry-After of 0 would invite an immediate retry that is refused again.
        long retryAfter = Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        return new RateLimitResult(false, limit.capacity(), remaining, Math.max(reset, retryAfter), retryAfter);
    }

    /** The result while a backend cannot count: allowed, full limit shown as remaining. */
    static RateLimitResult failOpen(Limit limit) {
        return new RateLimitResult(true, limit.capacity(), limit.capacity(), 0, 0);
    }

    private static long ceilSeconds(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }
}
