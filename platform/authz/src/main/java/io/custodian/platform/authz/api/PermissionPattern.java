package io.custodian.platform.authz.api;

import java.util.Objects;

/**
 * A permission as a policy, a delegation or an API key scope grants it: like a {@link Permission}
 * but each part may be {@code *}. {@code *} alone grants everything; {@code *.view} every view;
 * {@code datasource.*} everything on data sources; {@code datasource.scan} scanning any data
 * source; {@code datasource.scan:42} scanning data source 42 only.
 *
 * @param domain     a domain or {@code *}
 * @param action     an action or {@code *}
 * @param resourceId a resource id, or {@code *} for any; a pattern without a resource part stands for any
 */
public record PermissionPattern(String domain, String action, String resourceId) {

    /** Grants everything. */
    public static final PermissionPattern ALL = new PermissionPattern("*", "*", "*");

    public PermissionPattern {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(action, "action");
        resourceId = resourceId == null ? "*" : resourceId;
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException if malformed
     */
    public static PermissionPattern parse(String text) {
        return PermissionPatternSyntax.parse(text);
    }

    /** Whether this pattern grants {@code permission}. */
    public boolean matches(Permission permission) {
        return part(domain, permission.domain())
                && part(action, permission.action())
                && ("*".equals(resourceId) || resourceId.equals(permission.resourceId()));
    }

    /**
     * Whether everything {@code other} grants is also granted by this pattern. Used to keep
     * delegations and API key scopes within what their owner holds.
     */
    public boolean implies(PermissionPattern other) {
        return covers(domain, other.domain) && covers(action, other.action) && covers(resourceId, other.resourceId);
    }

    private static boolean part(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value);
    }

    private static boolean covers(String mine, String theirs) {
        return "*".equals(mine) || mine.equals(theirs);
    }

    @Override
    public String toString() {
        if (this.equals(ALL)) {
            return "*";
        }
        return "*".equals(resourceId) ? domain + "." + action : domain + "." + action + ":" + resourceId;
    }
}
