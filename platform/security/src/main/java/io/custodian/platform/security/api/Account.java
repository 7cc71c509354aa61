package io.custodian.platform.security.api;

import java.util.Set;

/**
 * What the platform tells a user about their own account.
 *
 * @param name               the user name
 * @param roles              role names held
 * @param mustChangePassword whether the password is a one-time password that must be changed
 *                           before anything but the user's own session may be used
 */
public record Account(String name, Set<String> roles, boolean mustChangePassword) {
    public Account {
        roles = Set.copyOf(roles);
    }
}
