package io.custodian.platform.authz.api;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A permission a caller needs: {@code <domain>.<action>[:<resourceId>]}, for example
 * {@code datasource.scan:42}. The action is what follows the last dot, so a dotted domain
 * ({@code glossary.term.view}) stays one domain. No wildcards: those belong to {@link PermissionPattern}.
 *
 * @param domain     the governance area, for example {@code datasource}
 * @param action     what is done, for example {@code scan}
 * @param resourceId the resource acted on, or {@code null} when the permission is not about one resource
 */
public record Permission(String domain, String action, String resourceId) {

    static final String PART = "[A-Za-z0-9_-]+";
    static final String RESOURCE = "[A-Za-z0-9_.~@/-]+";
    private static final Pattern SYNTAX = Pattern.compile(
            "(" + PART + "(?:\\." + PART + ")*)\\.(" + PART + ")(?::(" + RESOURCE + "))?");

    public Permission {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(action, "action");
    }

    /**
     * Parses {@code <domain>.<action>[:<resourceId>]}.
     *
     * @throws IllegalArgumentException if the text is not a permission name
     */
    public static Permission parse(String text) {
        Matcher m = text == null ? null : SYNTAX.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a permission name: " + text);
        }
        return new Permission(m.group(1), m.group(2), m.group(3));
    }

    /** The name without the resource part, for example {@code datasource.scan}. */
    public String name() {
        return domain + "." + action;
    }

    @Override
    public String toString() {
        return resourceId == null ? name() : name() + ":" + resourceId;
    }
}
