package io.custodian.platform.security.internal.testing;

import io.custodian.platform.authz.api.AccessDecider;
import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.AccessRequest;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Role;
import io.custodian.platform.authz.api.RoleGrant;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.Validity;
import io.custodian.platform.authz.engine.PolicyEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The real policy engine over a small fixed model, for tests of the security bundle: role
 * {@code admin} allows {@code *}, role {@code viewer} allows {@code *.view}; users get roles with
 * {@link #grant}. Users are known if granted anything.
 */
public final class EngineAccessDecider implements AccessDecider {

    private final Clock clock;
    private final List<RoleGrant> grants = new ArrayList<>();
    private PolicyEngine engine;

    public EngineAccessDecider(Clock clock) {
        this.clock = clock;
        compile();
    }

    public void grant(String user, String role) {
        grants.add(new RoleGrant("g" + grants.size(), PrincipalRef.user(user), role, Validity.ALWAYS));
        compile();
    }

    @Override
    public Decision decide(String user, Permission permission, ResourceRef resource, String clientIp,
                           Set<PermissionPattern> scopes) {
        return engine.decide(new AccessRequest(Subject.of(user), permission, resource,
                new RequestContext(clock.instant(), clientIp, null), scopes));
    }

    @Override
    public boolean holds(String user, PermissionPattern pattern) {
        return engine.holds(Subject.of(user), pattern, clock.instant());
    }

    @Override
    public Set<String> effectiveRoles(String user) {
        return engine.effectiveRoles(Subject.of(user), clock.instant());
    }

    private void compile() {
        List<Role> roles = List.of(new Role("admin", "", Set.of(), true), new Role("viewer", "", Set.of(), true));
        List<Policy> policies = List.of(
                new Policy("p-admin", "admin", Effect.ALLOW, PrincipalRef.role("admin"),
                        Set.of(PermissionPattern.ALL), null, null),
                new Policy("p-viewer", "viewer", Effect.ALLOW, PrincipalRef.role("viewer"),
                        Set.of(PermissionPattern.parse("*.view")), null, null));
        engine = PolicyEngine.compile(new AccessModel(roles, policies, grants, List.of()), null);
    }
}
