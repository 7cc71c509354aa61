/**
 * Rate limits of the REST API: one token bucket per principal (user or API key) and route
 * group. The REST runtime asks {@link io.custodian.platform.ratelimit.api.RateLimiter} before
 * it dispatches a request and copies {@link io.custodian.platform.ratelimit.api.RateLimitResult#headers()}
 * onto the response.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package io.custodian.platform.ratelimit.api;
