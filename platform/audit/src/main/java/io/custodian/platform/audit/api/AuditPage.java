package io.custodian.platform.audit.api;

import java.util.List;

/**
 * One page of a newest-first listing.
 *
 * @param items the records, newest first
 * @param next  where the next page starts, null on the last page
 */
public record AuditPage(List<AuditRecord> items, AuditCursor next) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
