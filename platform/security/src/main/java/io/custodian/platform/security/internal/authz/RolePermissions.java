package io.custodian.platform.security.internal.authz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.Permission;

/**
 * The built-in role to permission table. Until roles are managed (next issue) this is all there
 * is: {@code admin} may do everything, {@code viewer} may view everything, and every
 * authenticated identity may manage its own session.
 */
public final class RolePermissions {

    /** Granted to every authenticated identity, whatever its roles: log out, see and change itself. */
    public static final String SESSION_SELF = "session.self";

    private static final Map<String, List<String>> TABLE = Map.of(
            "admin", List.of("*"),
            "viewer", List.of("*.view"));

    private RolePermissions() {
    }

    /** The permissions {@code roles} grant, in Shiro form. */
    public static List<Permission> grantsFor(Collection<String> roles) {
        List<Permission> grants = new ArrayList<>();
        grants.add(PermissionNames.granted(SESSION_SELF));
        for (String role : roles) {
            for (String permission : TABLE.getOrDefault(role, List.of())) {
                grants.add(PermissionNames.granted(permission));
            }
        }
        return grants;
    }
}
