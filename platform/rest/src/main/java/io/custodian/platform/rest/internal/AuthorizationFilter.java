package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.internal.problem.KernelErrorCode;
import io.custodian.platform.rest.internal.problem.Problems;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SecurityService;
import java.lang.reflect.Method;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

/**
 * Asks the security service for the permission the matched resource method declares. Fails
 * closed: a method that declares neither {@link RequiresPermission} nor {@link PublicEndpoint} is
 * refused. Runs after {@link AuthenticationFilter} and {@link RateLimitFilter}.
 */
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    private final SecurityService security;

    @Context
    private ResourceInfo resourceInfo;

    public AuthorizationFilter(SecurityService security) {
        this.security = security;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null || Endpoints.isPublic(method, type)) {
            return;
        }
        Identity identity = (Identity) request.getProperty(AuthenticationFilter.IDENTITY);
        String permission = Endpoints.declaredPermission(method, type);
        if (identity == null) {
            // Only if the authentication filter did not run: fail closed.
            request.abortWith(Problems.of(KernelErrorCode.AUTH_REQUIRED, "This endpoint requires authentication."));
            return;
        }
        if (permission == null) {
            request.abortWith(Problems.of(KernelErrorCode.PERMISSION_UNDECLARED,
                    "This endpoint declares no permission and is therefore closed."));
            return;
        }
        AccessDecision decision = security.authorize(identity, permission, Caller.current().origin());
        if (!decision.allowed()) {
            request.abortWith(Problems.of(KernelErrorCode.FORBIDDEN, "Permission '" + permission + "' is required."));
        }
    }
}
