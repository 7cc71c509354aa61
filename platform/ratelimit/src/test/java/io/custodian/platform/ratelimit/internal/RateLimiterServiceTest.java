package io.custodian.platform.ratelimit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterServiceTest {

    private final ManualTimeMeter clock = new ManualTimeMeter();
    private final List<MemoryBackend> created = new ArrayList<>();
    private final BackendFactory factory = settings -> {
        MemoryBackend b = new MemoryBackend(clock, settings.maxBuckets());
        created.add(b);
        return b;
    };

    private RateLimiterService service(String... limits) throws InvalidSettingsException {
        return new RateLimiterService(RateLimitSettings.from(TestConfig.memory(limits)), factory);
    }

    @Test
    void principalsHaveSeparateBuckets() throws Exception {
        RateLimiterService limiter = service("default=1/60");

        assertTrue(limiter.consume("user:alice", "default").allowed());
        assertFalse(limiter.consume("user:alice", "default").allowed());
        assertTrue(limiter.consume("apikey:k_123", "default").allowed());
        assertTrue(limiter.consume("user:bob", "default").allowed());
    }

    @Test
    void configuredGroupsHaveSeparateBucketsWithTheirOwnLimit() throws Exception {
        RateLimiterService limiter = service("default=1/60", "security=2/60");

        assertTrue(limiter.consume("user:alice", "default").allowed());
        assertFalse(limiter.consume("user:alice", "default").allowed());

        RateLimitResult security = limiter.consume("user:alice", "security");
        assertTrue(security.allowed());
        assertEquals(2, security.limit());
        assertTrue(limiter.consume("user:alice", "SECURITY").allowed(), "group names are case-insensitive");
        assertFalse(limiter.consume("user:alice", "security").allowed());
    }

    @Test
    void unconfiguredGroupsShareTheDefaultBucket() throws Exception {
        RateLimiterService limiter = service("default=2/60", "auth=5/60");

        assertTrue(limiter.consume("user:alice", "catalog").allowed());
        assertTrue(limiter.consume("user:alice", "glossary").allowed());
        assertFalse(limiter.consume("user:alice", null).allowed());
        assertEquals(1, created.get(0).size());
    }

    @Test
    void disabledAllowsEverythingWithoutHeaders() throws Exception {
        RateLimitSettings off = RateLimitSettings.parse(false, "memory", "redis://h:1", "", 500, 10,
                new String[] {"default=1/60"});
        RateLimiterService limiter = new RateLimiterService(off, factory);

        for (int i = 0; i < 5; i++) {
            assertSame(RateLimitResult.unlimited(), limiter.consume("user:alice", "default"));
        }
        assertTrue(created.isEmpty(), "no backend while disabled");
    }

    @Test
    void invalidChangeKeepsTheConfigurationInForce() throws Exception {
        RateLimiterService limiter = service("default=1/60");
        limiter.consume("user:alice", "default");

        limiter.modified(TestConfig.memory("default=1000/60", "auth=lots"));

        assertFalse(limiter.consume("user:alice", "default").allowed(), "old limit and counters stay");
        assertEquals(1, created.size());
    }

    @Test
    void changedLimitAppliesLiveAndOtherGroupsKeepTheirCounters() throws Exception {
        RateLimiterService limiter = service("default=1/60", "auth=1/60");
        limiter.consume("user:alice", "default");
        limiter.consume("user:alice", "auth");

        limiter.modified(TestConfig.memory("default=1/60", "auth=3/60"));

        assertFalse(limiter.consume("user:alice", "default").allowed(), "unchanged group keeps its count");
        RateLimitResult auth = limiter.consume("user:alice", "auth");
        assertTrue(auth.allowed());
        assertEquals(3, auth.limit());
        assertEquals(1, created.size(), "same backend reused");
    }

    @Test
    void changedBackendSettingsReplaceAndCloseTheBackend() throws Exception {
        RateLimiterService limiter = service("default=1/60");
        limiter.consume("user:alice", "default");

        limiter.modified(new TestConfig(true, "memory", "redis://h:1", "", 500, 7, new String[] {"default=1/60"}));

        assertEquals(2, created.size());
        assertNotSame(created.get(0), created.get(1));
        assertEquals(0, created.get(0).size(), "old backend closed");
        assertTrue(limiter.consume("user:alice", "default").allowed(), "new backend starts fresh");
    }

    @Test
    void rejectsBlankPrincipal() throws Exception {
        RateLimiterService limiter = service("default=1/60");
        assertThrows(IllegalArgumentException.class, () -> limiter.consume(" ", "default"));
        assertThrows(IllegalArgumentException.class, () -> limiter.consume(null, "default"));
    }
}
