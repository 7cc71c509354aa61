package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.store.ScopeText;
import io.custodian.platform.authz.api.PermissionPattern;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parsing and checking of the fields of a key, reporting into {@link FieldErrors}. */
final class KeyFields {

    static final int MAX_NAME = 100;
    static final int MAX_SCOPES = 100;
    /** Width of the {@code scopes} column. */
    static final int MAX_SCOPE_TEXT = 4000;

    private KeyFields() {
    }

    /** The name without surrounding space: 1 to 100 characters, no control characters. */
    static String name(String text, FieldErrors errors) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            errors.add("name", "required");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "at most " + MAX_NAME + " characters");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "must not contain control characters");
        }
        return name;
    }

    /** The scopes, each reported by index when malformed; at least one. */
    static Set<PermissionPattern> scopes(List<String> texts, FieldErrors errors) {
        Set<PermissionPattern> scopes = new LinkedHashSet<>();
        if (texts == null || texts.isEmpty()) {
            errors.add("scopes", "at least one scope is required");
            return scopes;
        }
        if (texts.size() > MAX_SCOPES) {
            errors.add("scopes", "at most " + MAX_SCOPES + " scopes");
            return scopes;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            try {
                scopes.add(PermissionPattern.parse(text == null ? null : text.strip()));
            } catch (IllegalArgumentException e) {
                errors.add("scopes[" + i + "]", "not a permission pattern (<domain>.<action>[:<resource>], each part "
                        + "may be *): " + Texts.clip(String.valueOf(text), 100));
            }
        }
        if (ScopeText.format(scopes).length() > MAX_SCOPE_TEXT) {
            errors.add("scopes", "too long in total (" + MAX_SCOPE_TEXT + " characters)");
        }
        return scopes;
    }

    /** An ISO-8601 end in the future, within the configured lifetime; null when absent and allowed. */
    static Instant expiresAt(String text, Instant now, KeyRules rules, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            if (rules.requireExpiry()) {
                errors.add("expiresAt", "required: every API key must expire");
            }
            return null;
        }
        Instant at = instant(text.strip());
        if (at == null) {
            errors.add("expiresAt", "not an ISO-8601 date-time with offset, for example 2026-03-01T00:00:00Z");
        } else if (!at.isAfter(now)) {
            errors.add("expiresAt", "must be in the future");
        } else if (rules.maxLifetimeDays() > 0 && at.isAfter(now.plus(Duration.ofDays(rules.maxLifetimeDays())))) {
            errors.add("expiresAt", "at most " + rules.maxLifetimeDays() + " days ahead");
        }
        return at;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeException again) {
                return null;
            }
        }
    }
}
