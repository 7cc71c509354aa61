package io.custodian.platform.access.internal.service;

import java.util.List;

/**
 * A role as the API shows it.
 *
 * @param name        unique name
 * @param description what the role is for
 * @param parents     roles it inherits from, sorted
 * @param builtIn     shipped with Custodian: cannot be deleted or renamed
 */
public record RoleView(String name, String description, List<String> parents, boolean builtIn) {

    String summary() {
        return "name=" + name + "; parents=" + Texts.list(parents) + "; description=" + description;
    }
}
