package io.custodian.platform.security.internal.authz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.authz.permission.WildcardPermission;

/**
 * Translates Custodian permission names, {@code <domain>.<action>[:<resource-id>]}, into Shiro
 * wildcard permissions {@code <domain>:<action>[:<resource-id>]}. The action is what follows the
 * last dot, so a dotted domain ({@code glossary.term.view}) stays one part. Shiro splits parts at
 * ':' and sub-parts at ',', so neither may appear inside a part.
 */
public final class PermissionNames {

    private static final String PART = "[A-Za-z0-9_-]+";
    /** What a resource method asks for: concrete, no wildcards. */
    private static final Pattern REQUESTED = Pattern.compile(
            "(" + PART + "(?:\\." + PART + ")*)\\.(" + PART + ")(?::([A-Za-z0-9_.~@/-]+))?");
    private static final String GRANT_PART = "(?:\\*|" + PART + ")";
    /** What a role grants: any part may be '*'. */
    private static final Pattern GRANTED = Pattern.compile(
            "(" + GRANT_PART + "(?:\\." + GRANT_PART + ")*)\\.(" + GRANT_PART + ")(?::(\\*|[A-Za-z0-9_.~@/-]+))?");

    private PermissionNames() {
    }

    /** The Shiro form of a permission a caller needs, or empty if the name is malformed or has wildcards. */
    public static Optional<WildcardPermission> requested(String permission) {
        return permission == null ? Optional.empty() : translate(REQUESTED.matcher(permission));
    }

    /**
     * The Shiro form of a permission a role grants. {@code *} alone grants everything.
     *
     * @throws IllegalArgumentException if malformed
     */
    public static WildcardPermission granted(String permission) {
        if ("*".equals(permission)) {
            return new WildcardPermission("*", true);
        }
        return translate(GRANTED.matcher(permission))
                .orElseThrow(() -> new IllegalArgumentException("malformed permission grant: " + permission));
    }

    private static Optional<WildcardPermission> translate(Matcher m) {
        if (!m.matches()) {
            return Optional.empty();
        }
        String shiro = m.group(1) + ":" + m.group(2) + (m.group(3) == null ? "" : ":" + m.group(3));
        // Case-sensitive: resource ids may differ only in case.
        return Optional.of(new WildcardPermission(shiro, true));
    }
}
