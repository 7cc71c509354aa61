package io.custodian.platform.authz.api;

import java.util.Objects;
import java.util.Set;

/**
 * A user lends some of their own permissions to another user for a bounded time. The delegate
 * gains a permission only while the delegator still holds it for the same request, so revoking
 * the delegator's right revokes the delegation, and delegations do not chain.
 *
 * @param id          stable id
 * @param delegator   user who lends
 * @param delegate    user who receives
 * @param permissions what is lent
 * @param validity    when it is in force; must have an end
 */
public record Delegation(String id, String delegator, String delegate, Set<PermissionPattern> permissions,
                         Validity validity) {

    public Delegation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(delegator, "delegator");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(validity, "validity");
        if (validity.until() == null) {
            throw new IllegalArgumentException("a delegation must end: validUntil is required");
        }
        if (delegator.equals(delegate)) {
            throw new IllegalArgumentException("a user cannot delegate to themselves");
        }
        permissions = Set.copyOf(permissions);
    }
}
