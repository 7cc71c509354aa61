package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Buckets in Redis, shared by every node that points at the same server, through Bucket4j's
 * compare-and-swap Jedis integration. Keys expire once their bucket would be full again (plus a
 * little), so Redis holds only buckets in use. If Redis cannot be reached the request is
 * allowed (fail open): rate limiting protects the service, it must not take it down.
 */
final class RedisBackend implements Backend {

    /** Prefix of every key this backend writes. */
    static final String KEY_PREFIX = "custodian:ratelimit:";

    private static final Logger LOG = LoggerFactory.getLogger(RedisBackend.class);
    private static final Duration KEEP_AFTER_FULL = Duration.ofSeconds(10);
    private static final int MAX_CONNECTIONS = 32;
    private static final int DEFAULT_PORT = 6379;

    private final JedisPool pool;
    private final ProxyManager<String> buckets;
    private final String keyPrefix;
    private final String target;
    private final RedisOutage outage;

    /**
     * @param uri the server ({@code redis://} or {@code rediss://}, optional user info and
     *            database); not contacted until the first request
     * @param password AUTH password overriding the URI's; empty for the URI's or none
     * @param timeoutMillis connect, read and pool-wait timeout
     * @param keyPrefix prefix of all keys, normally {@link #KEY_PREFIX}
     */
    RedisBackend(URI uri, String password, int timeoutMillis, String keyPrefix) {
        JedisPoolConfig poolConfig = new JedisPoolConfig();
        poolConfig.setMaxTotal(MAX_CONNECTIONS);
        poolConfig.setMaxWait(Duration.ofMillis(timeoutMillis));
        // JMX names would clash when the component is re-created; nothing reads them.
        poolConfig.setJmxEnabled(false);
        HostAndPort server = new HostAndPort(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
        JedisClientConfig client = DefaultJedisClientConfig.builder()
                .timeoutMillis(timeoutMillis)
                .user(JedisURIHelper.getUser(uri))
                .password(password.isEmpty() ? JedisURIHelper.getPassword(uri) : password)
                .database(JedisURIHelper.getDBIndex(uri))
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .build();
        this.pool = new JedisPool(poolConfig, server, client);
        this.buckets = Bucket4jJedis.casBasedBuilder(pool)
                .keyMapper(Mapper.STRING)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                .build();
        this.keyPrefix = keyPrefix;
        this.target = server.toString();
        this.outage = new RedisOutage(System::nanoTime);
    }

    @Override
    public RateLimitResult consume(String bucketKey, Limit limit) {
        if (outage.inBackoff()) {
            return Probes.failOpen(limit);
        }
        try {
            ConsumptionProbe probe = buckets.builder()
                    .build(keyPrefix + bucketKey, limit::toBucketConfiguration)
                    .tryConsumeAndReturnRemaining(1);
            if (outage.succeeded()) {
                LOG.info("Redis at {} answers again; rate limits are enforced again", target);
            }
            return Probes.toResult(probe, limit);
        } catch (RuntimeException e) {
            if (outage.failed()) {
                LOG.warn("Redis at {} failed ({}); rate limits are NOT enforced until it answers"
                        + " (fail open; this warning repeats at most once a minute)", target, e.toString());
            }
            return Probes.failOpen(limit);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
