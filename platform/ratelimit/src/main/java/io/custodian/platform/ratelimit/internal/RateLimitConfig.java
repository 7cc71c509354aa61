package io.custodian.platform.ratelimit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the REST rate limits, PID {@value #PID}. Changes apply live; a change that
 * does not parse is rejected as a whole and the configuration in force stays.
 */
@ObjectClassDefinition(name = "Custodian rate limits",
        description = "Token buckets per principal (user or API key) and route group of the REST API.")
@interface RateLimitConfig {

    /** The configuration PID: the bundle's root package. */
    String PID = "io.custodian.platform.ratelimit";

    @AttributeDefinition(name = "Enabled",
            description = "Off: every request is allowed and no rate-limit headers are sent.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Backend", options = {
            @Option(label = "In memory (per node)", value = "memory"),
            @Option(label = "Redis (shared by all nodes)", value = "redis")},
            description = "Where the buckets live.")
    String backend() default "memory";

    @AttributeDefinition(name = "Redis URI",
            description = "redis://host:port[/db], or rediss:// for TLS; used by the redis backend only."
                    + " Put the password in .redis.password rather than here: this value is a service property.")
    String redis_uri() default RateLimitSettings.DEFAULT_REDIS_URI;

    // The leading underscore makes the property ".redis.password": private, so DS does not copy it
    // into the service registration where service:list would show it.
    @AttributeDefinition(name = "Redis password", type = AttributeType.PASSWORD, required = false,
            description = "Password for Redis AUTH; overrides one in the URI. Kept out of the service properties.")
    String _redis_password() default "";

    @AttributeDefinition(name = "Redis timeout (ms)", min = "1",
            description = "Connect and read timeout of Redis calls; past it the request is allowed (fail open).")
    int redis_timeoutMillis() default RateLimitSettings.DEFAULT_REDIS_TIMEOUT_MILLIS;

    @AttributeDefinition(name = "Maximum in-memory buckets", min = "1",
            description = "The memory backend drops the least recently used bucket beyond this many.")
    int memory_maxBuckets() default RateLimitSettings.DEFAULT_MAX_BUCKETS;

    @AttributeDefinition(name = "Limits",
            description = "group=capacity/periodSeconds, e.g. default=600/60: capacity requests per period,"
                    + " refilled gradually. Groups without an entry use 'default'.")
    String[] limits() default {"default=600/60", "auth=30/60", "audit=120/60"};
}
