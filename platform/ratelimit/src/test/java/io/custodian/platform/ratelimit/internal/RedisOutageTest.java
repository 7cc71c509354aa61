package io.custodian.platform.ratelimit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RedisOutageTest {

    private long now = 42;
    private final RedisOutage outage = new RedisOutage(() -> now);

    @Test
    void warnsOnFirstFailureThenAtMostOncePerMinute() {
        assertTrue(outage.failed());
        now += TimeUnit.SECONDS.toNanos(59);
        assertFalse(outage.failed());
        now += TimeUnit.SECONDS.toNanos(1);
        assertTrue(outage.failed());
    }

    @Test
    void backsOffAfterAFailureForAFewSeconds() {
        assertFalse(outage.inBackoff());
        outage.failed();
        assertTrue(outage.inBackoff());
        now += RedisOutage.BACKOFF_NANOS;
        assertFalse(outage.inBackoff());
    }

    @Test
    void reportsRecoveryOnceAfterAnOutage() {
        assertFalse(outage.succeeded());
        outage.failed();
        assertTrue(outage.succeeded());
        assertFalse(outage.succeeded());
        assertFalse(outage.inBackoff());
    }
}
