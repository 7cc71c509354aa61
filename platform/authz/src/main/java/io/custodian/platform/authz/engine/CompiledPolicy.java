package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.InvalidModelException;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Policy;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import java.time.Instant;
import java.util.Comparator;

/** A policy ready for decisions: its patterns in an array and its condition parsed. */
final class CompiledPolicy {

    /** Policies are tried in id order so that the deciding policy is always the same one. */
    static final Comparator<CompiledPolicy> BY_ID = Comparator.comparing(CompiledPolicy::id);

    private final Policy policy;
    private final PermissionPattern[] patterns;
    private final Condition condition;

    private CompiledPolicy(Policy policy, Condition condition) {
        this.policy = policy;
        this.patterns = policy.permissions().stream()
                .sorted(Comparator.comparing(PermissionPattern::toString))
                .toArray(PermissionPattern[]::new);
        this.condition = condition;
    }

    /** @throws InvalidModelException if the condition does not parse, naming the policy and the position */
    static CompiledPolicy of(Policy policy) {
        Condition condition = null;
        if (policy.condition() != null) {
            try {
                condition = Condition.parse(policy.condition());
            } catch (ConditionSyntaxException e) {
                throw new InvalidModelException("policy '" + policy.id() + "': condition does not parse: "
                        + e.getMessage());
            }
        }
        return new CompiledPolicy(policy, condition);
    }

    String id() {
        return policy.id();
    }

    Policy policy() {
        return policy;
    }

    PermissionPattern[] patterns() {
        return patterns;
    }

    /** Rule 1: in force, some pattern matches, and the condition (if any) holds. */
    boolean appliesTo(Subject subject, Permission permission, ResourceRef resource, RequestContext context) {
        return policy.validity().isActiveAt(context.time())
                && matches(permission)
                && (condition == null || condition.test(subject, resource, context));
    }

    /** In force at {@code at} and some pattern implies {@code wanted}; conditions are not weighed. */
    boolean grants(PermissionPattern wanted, Instant at) {
        if (!policy.validity().isActiveAt(at)) {
            return false;
        }
        for (PermissionPattern pattern : patterns) {
            if (pattern.implies(wanted)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Permission permission) {
        for (PermissionPattern pattern : patterns) {
            if (pattern.matches(permission)) {
                return true;
            }
        }
        return false;
    }

    /** For reasons: {@code policy 'Read catalog' (role:Viewer)}. */
    String describe() {
        return "policy '" + policy.name() + "' (" + policy.principal() + ")";
    }
}
