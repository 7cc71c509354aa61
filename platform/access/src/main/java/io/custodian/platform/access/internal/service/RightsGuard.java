package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.PrincipalRef;
import io.custodian.platform.authz.api.PrincipalType;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Role;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.ErrorCode;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Nobody hands out what they do not hold. A caller may only allow (by policy), grant (by role
 * grant), inherit (by parent role) or delegate permissions that the decider says they hold
 * themselves; otherwise a holder of {@code role.grant} could grant themselves Admin.
 */
final class RightsGuard {

    private final LiveAccessDecider decider;

    RightsGuard(LiveAccessDecider decider) {
        this.decider = decider;
    }

    /** The calling user. @throws CustodianException 401 outside an authenticated request */
    static String callerUser() {
        return Caller.current().user().orElseThrow(() -> new CustodianException(AccessErrorCode.CALLER_REQUIRED,
                "This operation needs an authenticated user"));
    }

    /** Whether {@code user} is allowed {@code permission} right now, conditions and denies included. */
    boolean may(String user, String permission) {
        return decider.decide(user, Permission.parse(permission), ResourceRef.NONE,
                Caller.current().origin().clientIp(), null).allowed();
    }

    /**
     * @throws CustodianException with {@code code} (403) naming the patterns {@code user} does not hold
     */
    void requireHeld(String user, Collection<PermissionPattern> wanted, ErrorCode code, String what) {
        List<String> missing = wanted.stream().filter(p -> !decider.holds(user, p)).map(PermissionPattern::toString)
                .sorted().toList();
        if (!missing.isEmpty()) {
            throw new CustodianException(code, what + " includes permissions you do not hold: "
                    + String.join(", ", missing), Map.of("notHeld", missing));
        }
    }

    /** Every pattern an allow policy gives to {@code roles} or to any role they inherit from. */
    Set<PermissionPattern> allowsOf(Collection<String> roles) {
        AccessModel model = decider.model();
        Map<String, Role> byName = model.roles().stream().collect(Collectors.toMap(Role::name, Function.identity()));
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roles);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Role role = byName.get(name);
            if (seen.add(name) && role != null) {
                todo.addAll(role.parents());
            }
        }
        Set<PermissionPattern> patterns = new LinkedHashSet<>();
        for (Policy policy : model.policies()) {
            if (policy.effect() == Effect.ALLOW && seen.contains(roleName(policy.principal()))) {
                patterns.addAll(policy.permissions());
            }
        }
        return patterns;
    }

    private static String roleName(PrincipalRef principal) {
        return principal.type() == PrincipalType.ROLE ? principal.name() : null;
    }
}
