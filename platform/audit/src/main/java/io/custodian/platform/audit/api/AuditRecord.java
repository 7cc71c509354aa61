package io.custodian.platform.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored audit record. Records are never changed or deleted by the platform.
 *
 * @param sequence position in the trail, strictly increasing
 * @param time     when the record was appended, to the millisecond
 * @param changes  the fields the action changed, secrets redacted; empty if none
 * The remaining fields are those of the {@link AuditEvent} that was recorded.
 */
public record AuditRecord(long sequence, Instant time, String actor, String action, String resource,
                          Outcome outcome, String clientIp, String userAgent, String correlationId,
                          Map<String, String> details, List<FieldChange> changes) {

    public AuditRecord {
        details = details == null ? Map.of() : details;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A record without field changes. */
    public AuditRecord(long sequence, Instant time, String actor, String action, String resource,
                       Outcome outcome, String clientIp, String userAgent, String correlationId,
                       Map<String, String> details) {
        this(sequence, time, actor, action, resource, outcome, clientIp, userAgent, correlationId, details, List.of());
    }
}
