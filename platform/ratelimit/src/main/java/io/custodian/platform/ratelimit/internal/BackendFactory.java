package io.custodian.platform.ratelimit.internal;

import io.github.bucket4j.TimeMeter;

/** Creates the backend a configuration asks for; tests substitute one with a manual clock. */
@FunctionalInterface
interface BackendFactory {

    /** The production factory: system nanosecond clock, keys under {@link RedisBackend#KEY_PREFIX}. */
    BackendFactory SYSTEM = settings -> switch (settings.backend()) {
        case MEMORY -> new MemoryBackend(TimeMeter.SYSTEM_NANOTIME, settings.maxBuckets());
        case REDIS -> new RedisBackend(settings.redisUri(), settings.redisPassword(),
                settings.redisTimeoutMillis(), RedisBackend.KEY_PREFIX);
    };

    /** A new backend for {@code settings}. */
    Backend create(RateLimitSettings settings);

    /** Whether a backend made for {@code a} can serve {@code b} unchanged (keeps its counters). */
    static boolean sameBackend(RateLimitSettings a, RateLimitSettings b) {
        if (a.backend() != b.backend()) {
            return false;
        }
        return switch (a.backend()) {
            case MEMORY -> a.maxBuckets() == b.maxBuckets();
            case REDIS -> a.redisUri().equals(b.redisUri()) && a.redisPassword().equals(b.redisPassword())
                    && a.redisTimeoutMillis() == b.redisTimeoutMillis();
        };
    }
}
