package io.custodian.platform.audit.rest.internal;

import io.custodian.platform.audit.api.AuditCursor;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.ExportFormat;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns query parameters into an {@link AuditQuery}. Every parameter arrives as text and is
 * parsed here, so that bad input is a 400 with a stable code and never a JAX-RS conversion error.
 * Problem details name the parameter but never echo its value.
 */
final class AuditParams {

    private AuditParams() {
    }

    /** The query of a listing; {@code limit} and {@code after} may be null. */
    static AuditQuery query(Filters f, String limit, String after) {
        Instant from = time("from", f.from());
        Instant to = time("to", f.to());
        Outcome outcome = outcome(f.outcome());
        int size = limit(limit);
        AuditCursor cursor = cursor(after);
        if (from != null && to != null && !to.isAfter(from)) {
            throw invalid("to", "'to' must be after 'from'");
        }
        try {
            return new AuditQuery(f.actor(), f.action(), f.resource(), outcome, from, to, size, cursor);
        } catch (IllegalArgumentException e) {
            // Everything AuditQuery checks was checked above; kept so that no bad input can become a 500.
            throw invalid("query", e.getMessage());
        }
    }

    static ExportFormat format(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("csv")) {
            return ExportFormat.CSV;
        }
        if (value.equalsIgnoreCase("jsonl") || value.equalsIgnoreCase("ndjson")) {
            return ExportFormat.JSON_LINES;
        }
        throw new CustodianException(AuditErrorCode.INVALID_FORMAT, "format must be csv or jsonl",
                Map.of("parameter", "format"));
    }

    /** An ISO-8601 time with offset ({@code 2026-01-31T23:00:00Z}) or a date, read as UTC midnight. */
    static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw invalid(name, name + " must be an ISO-8601 time such as 2026-01-31T23:00:00Z, or a date");
            }
        }
    }

    static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("outcome", "outcome must be SUCCESS, FAILURE or DENIED");
        }
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return AuditQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= AuditQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Reported below like an out-of-range number.
        }
        throw invalid("limit", "limit must be a whole number from 1 to " + AuditQuery.MAX_LIMIT);
    }

    static AuditCursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditCursor.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new CustodianException(AuditErrorCode.INVALID_CURSOR,
                    "after must be the 'next' value of a previous page", Map.of("parameter", "after"));
        }
    }

    private static CustodianException invalid(String parameter, String detail) {
        return new CustodianException(AuditErrorCode.INVALID_QUERY, detail, Map.of("parameter", parameter));
    }

    /** The filter parameters shared by listing and export, as received. */
    record Filters(String actor, String action, String resource, String outcome, String from, String to) {
    }
}
