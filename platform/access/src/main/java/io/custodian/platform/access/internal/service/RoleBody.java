package io.custodian.platform.access.internal.service;

import java.util.List;

/**
 * A role as sent to {@code POST /security/roles} and {@code PUT /security/roles/{name}}.
 *
 * @param name        unique name; on PUT a different name renames the role (not for built-in roles)
 * @param description what the role is for, may be empty
 * @param parents     roles it inherits every policy from, may be empty
 */
public record RoleBody(String name, String description, List<String> parents) {
}
