package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.schema.Violation;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.ErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects what is wrong with a request, field by field, so the answer names every problem at once:
 * {@code errors: [{"field": "name", "message": "..."}]}, sorted by field.
 */
final class FieldChecks {

    static final int MAX_NAME = 200;
    static final int MAX_TYPE = 64;
    static final int MAX_OWNER = 200;
    static final int MAX_TAG = 100;
    static final int MAX_TAGS = 50;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_SECRET_NAME = 100;

    private final List<Violation> violations = new ArrayList<>();

    void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    void addAll(List<Violation> more) {
        violations.addAll(more);
    }

    /** The stripped text, or null after recording why it is missing or too long. */
    String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        return optional(field, value, max);
    }

    /** The stripped text ({@code null} for none or blank), recording a value too long or with control characters. */
    String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            add(field, "is longer than " + max + " characters");
        } else if (text.chars().anyMatch(Character::isISOControl)) {
            add(field, "must not contain control characters");
        }
        return text;
    }

    /** The description, at most {@link #MAX_DESCRIPTION} characters; line breaks allowed. */
    String description(String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_DESCRIPTION) {
            add("description", "is longer than " + MAX_DESCRIPTION + " characters");
        }
        return text;
    }

    /** The tags stripped and without repeats. */
    List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String tag : tags) {
            String text = required("tags", tag, MAX_TAG);
            if (text != null) {
                kept.add(text);
            }
        }
        if (kept.size() > MAX_TAGS) {
            add("tags", "at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(kept);
    }

    /** Records secret names that are too long for the store. */
    void secretNames(Set<String> names) {
        names.stream().filter(name -> name.isBlank() || name.length() > MAX_SECRET_NAME)
                .forEach(name -> add("secrets", "a secret name has 1 to " + MAX_SECRET_NAME + " characters"));
    }

    /** @throws CustodianException with {@code code} listing every problem, if there is any */
    void throwIfAny(ErrorCode code, String what) {
        if (violations.isEmpty()) {
            return;
        }
        List<Violation> sorted = violations.stream().sorted(Comparator.comparing(Violation::field)).toList();
        String summary = sorted.stream().map(Violation::toString).collect(Collectors.joining("; "));
        throw new CustodianException(code, what + ": " + summary,
                Map.of("errors", sorted.stream().map(Violation::toJson).toList()));
    }

    /** @throws CustodianException {@code datasource.invalid_request}, if anything is wrong */
    void throwIfAny() {
        throwIfAny(DataSourceErrorCode.INVALID_REQUEST, "The request is invalid");
    }
}
