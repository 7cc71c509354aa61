package io.custodian.platform.access.internal.service;

import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.PrincipalRef;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of the fields the access endpoints share, reporting into {@link FieldErrors}. */
final class Fields {

    /** Longest permission list of one policy or delegation. */
    static final int MAX_PATTERNS = 200;
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9_.-])?");

    private Fields() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A role name: letters, digits, space, {@code _ . -}; no leading or trailing space; at most 100 characters. */
    static boolean validRoleName(String name) {
        return name != null && ROLE_NAME.matcher(name).matches();
    }

    /**
     * An ISO-8601 instant ({@code 2025-03-01T00:00:00Z} or with an offset), or {@code null} when absent.
     */
    static Instant instant(String field, String text, FieldErrors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeException again) {
                errors.add(field, "not an ISO-8601 date-time with offset, for example 2025-03-01T09:00:00Z");
                return null;
            }
        }
    }

    /** Checks that a window is not empty. */
    static void window(Instant from, Instant until, FieldErrors errors) {
        if (from != null && until != null && !until.isAfter(from)) {
            errors.add("validUntil", "must be after validFrom");
        }
    }

    /** Permission patterns, each reported by index when malformed; at least one required. */
    static Set<PermissionPattern> patterns(String field, List<String> texts, FieldErrors errors) {
        Set<PermissionPattern> patterns = new LinkedHashSet<>();
        if (texts == null || texts.isEmpty()) {
            errors.add(field, "at least one permission is required");
            return patterns;
        }
        if (texts.size() > MAX_PATTERNS) {
            errors.add(field, "at most " + MAX_PATTERNS + " permissions");
            return patterns;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            try {
                patterns.add(PermissionPattern.parse(text == null ? null : text.trim()));
            } catch (IllegalArgumentException e) {
                errors.add(field + "[" + i + "]", "not a permission pattern (<domain>.<action>[:<resource>], "
                        + "each part may be *): " + Texts.clip(String.valueOf(text), 100));
            }
        }
        return patterns;
    }

    /** A principal filter in stored form ({@code ROLE:Viewer} finds {@code role:Viewer}); null when absent. */
    static String principalFilter(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return PrincipalRef.parse(text.trim()).toString();
        } catch (IllegalArgumentException e) {
            return text.trim();
        }
    }
}
