package io.custodian.platform.security.internal.admin;

import io.custodian.platform.security.internal.user.UserRecord;
import java.util.List;
import java.util.Map;

/**
 * A user as administrators see it: never the password hash.
 *
 * @param roles effective roles now, from the access bundle's grants
 */
public record UserDetails(String username, String displayName, String email, boolean enabled,
                          boolean mustChangePassword, boolean locked, Map<String, String> attributes,
                          List<String> groups, List<String> roles, String createdAt, String lastLoginAt) {

    static UserDetails of(UserRecord user, boolean locked, List<String> groups, List<String> roles) {
        return new UserDetails(user.username(), user.displayName(), user.email(), user.enabled(),
                user.mustChangePassword(), locked, user.attributes(), groups, roles,
                String.valueOf(user.createdAt()), user.lastLoginAt() == null ? null : user.lastLoginAt().toString());
    }

    /** The fields an audit record compares before and after a change. */
    Map<String, Object> auditable() {
        return Map.of("displayName", displayName, "email", email, "enabled", enabled,
                "attributes", new java.util.TreeMap<>(attributes).toString());
    }
}
