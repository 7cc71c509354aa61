package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.internal.problem.KernelErrorCode;
import io.custodian.platform.rest.internal.problem.Problems;
import io.custodian.platform.ratelimit.api.RateLimitResult;
import io.custodian.platform.ratelimit.api.RateLimiter;
import io.custodian.platform.ratelimit.api.RouteGroups;
import io.custodian.platform.security.api.Identity;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Response;

/**
 * Counts each request against its caller's budget for the route group (the first path segment:
 * {@code security}, {@code audit}, ...): per API key when one was used, else per user, else per
 * client address for public endpoints. Every answer carries the {@code X-RateLimit-*} headers;
 * over the limit the request is refused with 429 and {@code Retry-After}, before the permission check.
 */
@Priority(Priorities.AUTHENTICATION + 500)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String RESULT = "custodian.ratelimit";

    private final Supplier<RateLimiter> limiter;

    /** @param limiter the current limiter, or null while none is available (no limits then) */
    public RateLimitFilter(Supplier<RateLimiter> limiter) {
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RateLimiter current = limiter.get();
        if (current == null) {
            return;
        }
        RateLimitResult result = current.consume(principal(request), RouteGroups.fromPath(request.getUriInfo().getPath()));
        request.setProperty(RESULT, result);
        if (!result.allowed()) {
            Response.ResponseBuilder refused = Response.fromResponse(Problems.of(KernelErrorCode.RATE_LIMITED,
                    "Too many requests; retry after " + result.retryAfterSeconds() + " s."));
            result.headers().forEach(refused::header);
            request.abortWith(refused.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RESULT) instanceof RateLimitResult result) {
            result.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    private static String principal(ContainerRequestContext request) {
        if (request.getProperty(AuthenticationFilter.IDENTITY) instanceof Identity identity) {
            return identity.viaApiKey() ? "apikey:" + identity.apiKeyId() : "user:" + identity.name();
        }
        return "ip:" + Caller.current().origin().clientIp();
    }
}
