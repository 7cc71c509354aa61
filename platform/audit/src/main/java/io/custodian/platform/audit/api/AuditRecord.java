package io.custodian.platform.audit.api;

import java.time.Instant;
import java.util.Map;

/**
 * A stored audit record. Records are never changed or deleted by the platform.
 *
 * @param sequence position in the trail, strictly increasing
 * @param time     when the record was appended
 * The remaining fields are those of the {@link AuditEvent} that was recorded.
 */
public record AuditRecord(long sequence, Instant time, String actor, String action, String resource,
                          Outcome outcome, String clientIp, String userAgent, String correlationId,
                          Map<String, String> details) {
}
