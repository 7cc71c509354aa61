package io.custodian.platform.audit.api;

import java.time.Instant;

/**
 * What to list or export. Null (or blank) filters match everything.
 *
 * @param actor    exact actor
 * @param action   exact action, or a prefix when it ends with {@code .*} ({@code auth.*} matches
 *                 {@code auth.login} and {@code auth.lockout})
 * @param resource exact resource
 * @param outcome  exact outcome
 * @param from     earliest record time, inclusive
 * @param to       latest record time, exclusive; must be after {@code from}
 * @param limit    page size, 1 to {@value #MAX_LIMIT}; ignored by export
 * @param after    where the page starts (newest first), null for the newest record; ignored by export
 */
public record AuditQuery(String actor, String action, String resource, Outcome outcome,
                         Instant from, Instant to, int limit, AuditCursor after) {

    /** Page size when none is given. */
    public static final int DEFAULT_LIMIT = 100;
    /** Largest page size. */
    public static final int MAX_LIMIT = 1000;

    /**
     * @throws IllegalArgumentException if the limit is out of range or {@code to} is not after {@code from}
     */
    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        resource = blankToNull(resource);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
    }

    /** Every record, newest first, {@link #DEFAULT_LIMIT} per page. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    /** This query starting after the given cursor (the next page). */
    public AuditQuery after(AuditCursor cursor) {
        return new AuditQuery(actor, action, resource, outcome, from, to, limit, cursor);
    }

    /** Whether {@link #action()} selects a prefix rather than one action. */
    public boolean actionIsPrefix() {
        return action != null && action.endsWith(".*");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
