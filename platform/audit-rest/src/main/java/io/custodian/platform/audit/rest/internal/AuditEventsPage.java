package io.custodian.platform.audit.rest.internal;

import io.custodian.platform.audit.api.AuditRecord;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/audit/events}.
 *
 * @param items the records, newest first
 * @param next  pass as {@code after} for the next page; null on the last page
 */
public record AuditEventsPage(List<AuditRecord> items, String next) {
}
