package io.custodian.platform.authz.api;

import java.util.List;

/**
 * A consistent snapshot of everything decisions depend on, except the users themselves.
 *
 * @param roles       every role
 * @param policies    every policy, including expired ones (the engine filters by time)
 * @param grants      every role grant
 * @param delegations every delegation
 */
public record AccessModel(List<Role> roles, List<Policy> policies, List<RoleGrant> grants,
                          List<Delegation> delegations) {

    /** Nothing at all: every request is denied. */
    public static final AccessModel EMPTY = new AccessModel(List.of(), List.of(), List.of(), List.of());

    public AccessModel {
        roles = List.copyOf(roles);
        policies = List.copyOf(policies);
        grants = List.copyOf(grants);
        delegations = List.copyOf(delegations);
    }
}
