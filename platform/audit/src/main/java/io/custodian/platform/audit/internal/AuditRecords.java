package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Maps audit events to rows and rows to records: redacts secrets, cuts fields to their column
 * lengths and truncates the time to milliseconds, so that what is hashed is exactly what the
 * database gives back.
 */
final class AuditRecords {

    /** Longest before or after value kept in a change; longer ones are cut and marked. */
    static final int MAX_CHANGE_VALUE = 2000;
    private static final String CUT_MARK = "...[cut]";

    private AuditRecords() {
    }

    /** A row for the event, without sequence and hashes (the chain assigns those). */
    static AuditRecordEntity toEntity(AuditEvent event, Clock clock) {
        AuditRecordEntity row = new AuditRecordEntity();
        // Milliseconds: H2 and PostgreSQL keep microseconds, other databases less; the hash must survive the round trip.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        row.setRecordedAt(now.atOffset(ZoneOffset.UTC));
        row.setActor(cut(event.actor(), 200));
        row.setAction(cut(event.action(), 100));
        row.setResource(cut(event.resource(), 500));
        row.setOutcome(event.outcome().name());
        row.setClientIp(cut(event.origin().clientIp(), 64));
        row.setUserAgent(cut(event.origin().userAgent(), 500));
        row.setCorrelationId(cut(event.origin().correlationId(), 64));
        row.setDetails(cut(AuditDetails.toJson(AuditChanges.redact(event.details())), 8000));
        row.setChanges(cut(AuditDetails.changesToJson(safe(event.changes())), 100000));
        return row;
    }

    static AuditRecord toRecord(AuditRecordEntity row) {
        return new AuditRecord(row.getSeq(), row.getRecordedAt().toInstant(), row.getActor(), row.getAction(),
                row.getResource(), Outcome.valueOf(row.getOutcome()), row.getClientIp(), row.getUserAgent(),
                row.getCorrelationId(), AuditDetails.fromJson(row.getDetails()),
                AuditDetails.changesFromJson(row.getChanges()));
    }

    /** Redacted again here: callers may build changes without {@link AuditChanges#diff}. */
    private static List<FieldChange> safe(List<FieldChange> changes) {
        return changes.stream()
                .map(AuditChanges::redact)
                .map(c -> new FieldChange(cut(c.field(), 200), shorten(c.before()), shorten(c.after())))
                .toList();
    }

    private static String shorten(String value) {
        if (value == null || value.length() <= MAX_CHANGE_VALUE) {
            return value;
        }
        return cut(value, MAX_CHANGE_VALUE - CUT_MARK.length()) + CUT_MARK;
    }

    /**
     * Cuts to {@code max} characters without splitting a surrogate pair, and replaces NUL, which
     * PostgreSQL refuses in text: a record that cannot be stored is a record lost.
     */
    static String cut(String value, int max) {
        String clean = value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }
}
