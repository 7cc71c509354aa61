package io.custodian.platform.authz.api;

import java.util.Objects;

/**
 * A permission a bundle defines, as listed by {@code GET /api/v1/security/permissions}.
 *
 * @param name        {@code <domain>.<action>}, for example {@code datasource.scan}
 * @param description what holding it lets a user do
 */
public record PermissionInfo(String name, String description) {

    public PermissionInfo {
        Permission.parse(Objects.requireNonNull(name, "name"));
        description = description == null ? "" : description;
    }
}
