package io.custodian.platform.ratelimit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryBackendTest {

    private static final Limit THREE_PER_MINUTE = new Limit(3, 60);

    private final ManualTimeMeter clock = new ManualTimeMeter();
    private final MemoryBackend backend = new MemoryBackend(clock, 1000);

    @Test
    void countsDownThenRefusesWithRetryAfter() {
        RateLimitResult first = backend.consume("k", THREE_PER_MINUTE);
        assertTrue(first.allowed());
        assertEquals(2, first.remaining());
        assertEquals(20, first.resetSeconds(), "one token short refills in 60/3 s");

        backend.consume("k", THREE_PER_MINUTE);
        RateLimitResult third = backend.consume("k", THREE_PER_MINUTE);
        assertTrue(third.allowed());
        assertEquals(0, third.remaining());

        RateLimitResult refused = backend.consume("k", THREE_PER_MINUTE);
        assertFalse(refused.allowed());
        assertEquals(20, refused.retryAfterSeconds());
        assertEquals(60, refused.resetSeconds());
        assertEquals(Map.of("X-RateLimit-Limit", "3", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "60", "Retry-After", "20"), refused.headers());
    }

    @Test
    void refillsWhenTheClockAdvances() {
        for (int i = 0; i < 3; i++) {
            backend.consume("k", THREE_PER_MINUTE);
        }
        assertFalse(backend.consume("k", THREE_PER_MINUTE).allowed());

        clock.advance(Duration.ofSeconds(19));
        assertFalse(backend.consume("k", THREE_PER_MINUTE).allowed(), "token not back before 20 s");

        clock.advance(Duration.ofSeconds(1));
        RateLimitResult oneBack = backend.consume("k", THREE_PER_MINUTE);
        assertTrue(oneBack.allowed());
        assertEquals(0, oneBack.remaining());

        clock.advance(Duration.ofSeconds(60));
        assertEquals(2, backend.consume("k", THREE_PER_MINUTE).remaining(), "full again after a period");
    }

    @Test
    void keysHaveSeparateBuckets() {
        Limit one = new Limit(1, 60);
        assertTrue(backend.consume("a", one).allowed());
        assertFalse(backend.consume("a", one).allowed());
        assertTrue(backend.consume("b", one).allowed());
    }

    @Test
    void keepsAtMostMaxBucketsDroppingTheLeastRecentlyUsed() {
        MemoryBackend bounded = new MemoryBackend(clock, 3);
        Limit one = new Limit(1, 60);
        bounded.consume("victim", one);
        assertFalse(bounded.consume("victim", one).allowed());

        for (int i = 0; i < 10; i++) {
            bounded.consume("flood-" + i, one);
        }

        assertEquals(3, bounded.size());
        assertTrue(bounded.consume("victim", one).allowed(), "evicted bucket starts full again");
    }

    @Test
    void dropsBucketsIdleForTheirPeriod() {
        backend.consume("a", THREE_PER_MINUTE);
        backend.consume("b", THREE_PER_MINUTE);
        clock.advance(Duration.ofSeconds(30));
        backend.consume("c", THREE_PER_MINUTE);
        assertEquals(3, backend.size(), "none idle for a full period yet");

        clock.advance(Duration.ofSeconds(30));
        backend.consume("d", THREE_PER_MINUTE);

        assertEquals(2, backend.size(), "a and b were full again and dropped");
    }

    @Test
    void closeForgetsAllBuckets() {
        backend.consume("a", THREE_PER_MINUTE);
        backend.close();
        assertEquals(0, backend.size());
    }
}
