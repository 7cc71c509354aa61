package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.internal.problem.KernelErrorCode;
import io.custodian.platform.rest.internal.problem.Problems;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Credentials;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SecurityService;
import java.lang.reflect.Method;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * Authenticates the caller (HTTP Basic or bearer session token) and asks the security service for
 * the permission the matched resource method declares. Fails closed: a method that declares
 * neither {@link RequiresPermission} nor {@link PublicEndpoint} is refused.
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"custodian\", Bearer realm=\"custodian\"";

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
        if (method == null || type == null) {
            return;
        }
        if (method.isAnnotationPresent(PublicEndpoint.class)
                || (type.isAnnotationPresent(PublicEndpoint.class) && !method.isAnnotationPresent(RequiresPermission.class))) {
            return;
        }
        Caller anonymous = Caller.current();
        Optional<Credentials> credentials = Credentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            request.abortWith(challenge(KernelErrorCode.AUTH_REQUIRED, "This endpoint requires authentication."));
            return;
        }
        Optional<Identity> identity = authenticate(credentials.get(), anonymous);
        if (identity.isEmpty()) {
            request.abortWith(challenge(KernelErrorCode.AUTH_FAILED, "The credentials were not accepted."));
            return;
        }
        Caller.bind(new Caller(Optional.of(identity.get().name()), anonymous.origin()));
        String permission = declaredPermission(method, type);
        if (permission == null) {
            request.abortWith(Problems.of(KernelErrorCode.PERMISSION_UNDECLARED,
                    "This endpoint declares no permission and is therefore closed."));
            return;
        }
        AccessDecision decision = security.authorize(identity.get(), permission, anonymous.origin());
        if (!decision.allowed()) {
            request.abortWith(Problems.of(KernelErrorCode.FORBIDDEN, "Permission '" + permission + "' is required."));
        }
    }

    private Optional<Identity> authenticate(Credentials credentials, Caller caller) {
        if (credentials.isBearer()) {
            return security.authenticateToken(credentials.token(), caller.origin());
        }
        try {
            return Optional.of(security.authenticate(credentials.user(), credentials.password(), caller.origin()));
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
    }

    static String declaredPermission(Method method, Class<?> type) {
        RequiresPermission onMethod = method.getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresPermission onType = type.getAnnotation(RequiresPermission.class);
        return onType != null ? onType.value() : null;
    }

    private static Response challenge(KernelErrorCode code, String detail) {
        return Response.fromResponse(Problems.of(code, detail)).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
