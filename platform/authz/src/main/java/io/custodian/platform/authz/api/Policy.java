package io.custodian.platform.authz.api;

import java.util.Objects;
import java.util.Set;

/**
 * Attaches permissions to a role, a group or a user, optionally under a condition and for a time.
 *
 * @param id          stable id, reported by {@link Decision#decidedBy()}
 * @param name        human name
 * @param effect      allow or deny
 * @param principal   who it applies to
 * @param permissions what it allows or denies
 * @param condition   an expression in the condition language over {@code user.*},
 *                    {@code resource.*} and {@code request.*}, or {@code null} for "always"
 * @param validity    when it is in force
 */
public record Policy(String id, String name, Effect effect, PrincipalRef principal,
                     Set<PermissionPattern> permissions, String condition, Validity validity) {

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(principal, "principal");
        name = name == null ? id : name;
        permissions = Set.copyOf(permissions);
        condition = condition == null || condition.isBlank() ? null : condition;
        validity = validity == null ? Validity.ALWAYS : validity;
    }
}
