package io.custodian.platform.ratelimit.internal;

import java.lang.annotation.Annotation;

/** A {@link RateLimitConfig} as DS would hand it over, built from plain values. */
record TestConfig(boolean enabled, String backend, String redis_uri, String _redis_password,
                  int redis_timeoutMillis, int memory_maxBuckets, String[] limits) implements RateLimitConfig {

    static TestConfig memory(String... limits) {
        return new TestConfig(true, "memory", "redis://127.0.0.1:6379", "", 500, 1000, limits);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return RateLimitConfig.class;
    }
}
