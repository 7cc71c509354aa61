package io.custodian.platform.ratelimit.internal;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/** A clock for buckets that moves only when a test says so. */
final class ManualTimeMeter implements TimeMeter {

    private long nanos = 1_000_000_000L;

    void advance(Duration d) {
        nanos += d.toNanos();
    }

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
