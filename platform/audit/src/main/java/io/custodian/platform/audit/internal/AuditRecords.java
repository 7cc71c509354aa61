package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Maps audit events to rows and rows to records, cutting fields to their column lengths. */
final class AuditRecords {

    private AuditRecords() {
    }

    static AuditRecordEntity toEntity(AuditEvent event, Clock clock) {
        AuditRecordEntity row = new AuditRecordEntity();
        row.setRecordedAt(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        row.setActor(cut(event.actor(), 200));
        row.setAction(cut(event.action(), 100));
        row.setResource(cut(event.resource(), 500));
        row.setOutcome(event.outcome().name());
        row.setClientIp(cut(event.origin().clientIp(), 64));
        row.setUserAgent(cut(event.origin().userAgent(), 500));
        row.setCorrelationId(cut(event.origin().correlationId(), 64));
        row.setDetails(cut(AuditDetails.toJson(event.details()), 8000));
        return row;
    }

    static AuditRecord toRecord(AuditRecordEntity row) {
        return new AuditRecord(row.getSeq(), row.getRecordedAt().toInstant(), row.getActor(), row.getAction(),
                row.getResource(), Outcome.valueOf(row.getOutcome()), row.getClientIp(), row.getUserAgent(),
                row.getCorrelationId(), AuditDetails.fromJson(row.getDetails()));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
