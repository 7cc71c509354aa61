package io.custodian.platform.authz.api;

import java.util.Objects;

/**
 * Gives a role to a user or a group, optionally for a bounded time. Expired grants stop
 * counting at once, without a restart.
 *
 * @param id        stable id
 * @param principal a user or a group (never a role: roles inherit through {@link Role#parents()})
 * @param role      the role's name
 * @param validity  when it is in force
 */
public record RoleGrant(String id, PrincipalRef principal, String role, Validity validity) {

    public RoleGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
        if (principal.type() == PrincipalType.ROLE) {
            throw new IllegalArgumentException("a role is granted to a user or a group, not to a role");
        }
        validity = validity == null ? Validity.ALWAYS : validity;
    }
}
