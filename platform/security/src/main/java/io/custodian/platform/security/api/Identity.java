package io.custodian.platform.security.api;

import java.util.Set;

/**
 * An authenticated caller.
 *
 * @param name  the user name (or {@code apikey:<id>} once API keys exist)
 * @param roles role names held directly or through inheritance
 */
public record Identity(String name, Set<String> roles) {
    public Identity {
        roles = Set.copyOf(roles);
    }
}
