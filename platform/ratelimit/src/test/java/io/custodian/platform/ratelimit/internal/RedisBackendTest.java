package io.custodian.platform.ratelimit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import redis.clients.jedis.Jedis;

/** Against the Redis server at 127.0.0.1:6379 (CI runs one); enabled with -Dcustodian.it.redis=true. */
@EnabledIfSystemProperty(named = "custodian.it.redis", matches = "true")
class RedisBackendTest {

    private static final URI REDIS = URI.create("redis://127.0.0.1:6379");

    private final String prefix = RedisBackend.KEY_PREFIX + "test-" + UUID.randomUUID() + ":";
    private final List<Backend> backends = new ArrayList<>();

    private RateLimiterService limiter(URI uri, String... limits) throws InvalidSettingsException {
        return limiterWithPassword(uri, "", limits);
    }

    private RateLimiterService limiterWithPassword(URI uri, String password, String... limits) throws InvalidSettingsException {
        BackendFactory factory = settings -> {
            Backend b = new RedisBackend(settings.redisUri(), settings.redisPassword(),
                    settings.redisTimeoutMillis(), prefix);
            backends.add(b);
            return b;
        };
        return new RateLimiterService(RateLimitSettings.parse(true, "redis", uri.toString(), password, 500, 10, limits), factory);
    }

    @AfterEach
    void deleteTestKeysAndClose() {
        backends.forEach(Backend::close);
        try (Jedis jedis = new Jedis(REDIS)) {
            Set<String> keys = jedis.keys(prefix + "*");
            if (!keys.isEmpty()) {
                jedis.del(keys.toArray(String[]::new));
            }
        }
    }

    @Test
    void twoNodesShareOneBudget() throws Exception {
        RateLimiterService node1 = limiter(REDIS, "default=4/60");
        RateLimiterService node2 = limiter(REDIS, "default=4/60");

        assertEquals(3, node1.consume("user:alice", "default").remaining());
        assertEquals(2, node2.consume("user:alice", "default").remaining());
        assertEquals(1, node1.consume("user:alice", "default").remaining());
        assertEquals(0, node2.consume("user:alice", "default").remaining());

        assertFalse(node1.consume("user:alice", "default").allowed());
        assertFalse(node2.consume("user:alice", "default").allowed());
        assertTrue(node2.consume("user:bob", "default").allowed(), "other principal, other bucket");
    }

    @Test
    void refusesPastTheLimitWithRetryAfter() throws Exception {
        RateLimiterService limiter = limiter(REDIS, "default=10/60", "auth=2/60");
        limiter.consume("apikey:k_1", "auth");
        limiter.consume("apikey:k_1", "auth");

        RateLimitResult refused = limiter.consume("apikey:k_1", "auth");

        assertFalse(refused.allowed());
        assertEquals(2, refused.limit());
        assertTrue(refused.retryAfterSeconds() > 0 && refused.retryAfterSeconds() <= 30, refused.toString());
        assertEquals(String.valueOf(refused.retryAfterSeconds()), refused.headers().get("Retry-After"));
    }

    @Test
    void keysCarryThePrefixAndExpire() throws Exception {
        limiter(REDIS, "default=10/60").consume("user:alice", "default");

        try (Jedis jedis = new Jedis(REDIS)) {
            Set<String> keys = jedis.keys(prefix + "*");
            assertEquals(Set.of(prefix + "default:10/60:user:alice"), keys);
            long ttl = jedis.pttl(keys.iterator().next());
            assertTrue(ttl > 0 && ttl <= 20_000, "expires once full again plus 10 s, was " + ttl + " ms");
        }
    }

    @Test
    void failsOpenWhenRedisIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RateLimiterService limiter = limiter(URI.create("redis://127.0.0.1:" + closedPort), "default=1/60");

        for (int i = 0; i < 3; i++) {
            RateLimitResult result = limiter.consume("user:alice", "default");
            assertTrue(result.allowed());
            assertEquals(1, result.limit());
        }
    }

    @Test
    void sendsTheConfiguredPassword() throws Exception {
        // The test server has no password, so AUTH fails: proof the password reaches Redis.
        RateLimiterService limiter = limiterWithPassword(REDIS, "not-the-password", "default=1/60");

        assertTrue(limiter.consume("user:alice", "default").allowed());
        assertTrue(limiter.consume("user:alice", "default").allowed(), "failed open, not counted");
    }
}
