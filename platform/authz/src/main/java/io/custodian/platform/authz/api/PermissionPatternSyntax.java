package io.custodian.platform.authz.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of {@link PermissionPattern}: kept apart so the record stays a plain value. */
final class PermissionPatternSyntax {

    // A wildcard stands for a whole domain or a whole action, never for part of a dotted domain.
    private static final String DOMAIN = "\\*|" + Permission.PART + "(?:\\." + Permission.PART + ")*";
    private static final Pattern SYNTAX = Pattern.compile(
            "(" + DOMAIN + ")\\.(\\*|" + Permission.PART + ")(?::(\\*|" + Permission.RESOURCE + "))?");

    private PermissionPatternSyntax() {
    }

    static PermissionPattern parse(String text) {
        if ("*".equals(text)) {
            return PermissionPattern.ALL;
        }
        Matcher m = text == null ? null : SYNTAX.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a permission pattern: " + text);
        }
        return new PermissionPattern(m.group(1), m.group(2), m.group(3));
    }
}
