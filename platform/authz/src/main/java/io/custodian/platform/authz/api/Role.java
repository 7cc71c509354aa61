package io.custodian.platform.authz.api;

import java.util.Objects;
import java.util.Set;

/**
 * A named bundle of policies. A role inherits every policy of its parents, transitively; the
 * hierarchy must have no cycles.
 *
 * @param name        unique name, for example {@code Data Steward}
 * @param description what the role is for
 * @param parents     names of the roles it inherits from
 * @param builtIn     shipped with Custodian; cannot be deleted
 */
public record Role(String name, String description, Set<String> parents, boolean builtIn) {

    public Role {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        parents = parents == null ? Set.of() : Set.copyOf(parents);
    }
}
