package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.ErrorCode;
import io.custodian.platform.rest.internal.problem.KernelErrorCode;
import io.custodian.platform.rest.internal.problem.Problems;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Credentials;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SecurityService;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * Establishes who calls: HTTP Basic, a bearer session token or a bearer API key. Public endpoints
 * pass without credentials. The identity is bound to the thread ({@link Caller}) and left on the
 * request for the rate limit and permission filters that follow.
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"custodian\", Bearer realm=\"custodian\"";
    /** Request property holding the authenticated {@link Identity}. */
    static final String IDENTITY = "custodian.identity";

    private final SecurityService security;

    @Context
    private ResourceInfo resourceInfo;

    public AuthenticationFilter(SecurityService security) {
        this.security = security;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null || Endpoints.isPublic(method, type)) {
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
        Identity who = identity.get();
        Set<String> scopes = who.scopes() == null ? null
                : who.scopes().stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
        Caller.bind(new Caller(Optional.of(who.name()), anonymous.origin(), who.apiKeyId(), scopes));
        request.setProperty(IDENTITY, identity.get());
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

    private static Response challenge(ErrorCode code, String detail) {
        return Response.fromResponse(Problems.of(code, detail)).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
