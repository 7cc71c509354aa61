package io.custodian.platform.ratelimit.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides whether a request may proceed under the configured rate limits.
 *
 * <p>Each call takes one token from the bucket of the pair (principal, route group). Route
 * groups without a limit of their own share the {@value RouteGroups#DEFAULT} group's bucket, so
 * unknown paths cannot create unbounded numbers of buckets. Implementations are thread-safe.
 */
@ProviderType
public interface RateLimiter {

    /**
     * Takes one token for a request.
     *
     * @param principal who is calling, prefixed by its kind, e.g. {@code user:alice} or
     *                  {@code apikey:k_123}; must not be null or blank
     * @param routeGroup the route group of the request, e.g. {@code security}, {@code audit}
     *                   (see {@link RouteGroups#fromPath(String)}); null or blank means
     *                   {@value RouteGroups#DEFAULT}
     * @return the decision with the values for the rate-limit response headers; never null
     * @throws IllegalArgumentException if {@code principal} is null or blank
     */
    RateLimitResult consume(String principal, String routeGroup);
}
