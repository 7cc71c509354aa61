package io.custodian.catalog.internal;

import io.custodian.catalog.internal.store.Tombstones;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One audit record per tombstoning that removed something: assets leaving the catalog is the change an auditor
 * asks about. The names listed are capped so that dropping a large schema makes one readable record.
 */
final class TombstoneAudit {

    static final String ACTION = "catalog.assets_removed";
    private static final int MAX_NAMES = 20;

    private final AuditService audit;

    TombstoneAudit(AuditService audit) {
        this.audit = audit;
    }

    void record(String runId, String sourceId, String parentQualifiedName, Tombstones.Removal removal,
                String actor) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("sourceId", sourceId);
        details.put("parent", parentQualifiedName);
        details.put("runId", runId);
        details.put("children", Integer.toString(removal.childNames().size()));
        details.put("descendants", Integer.toString(removal.descendants().size()));
        details.put("columns", Integer.toString(removal.columns()));
        List<String> names = removal.childNames();
        details.put("names", String.join(", ", names.subList(0, Math.min(names.size(), MAX_NAMES)))
                + (names.size() > MAX_NAMES ? ", ..." : ""));
        audit.record(new AuditEvent(actor, ACTION, "catalog:source:" + sourceId, Outcome.SUCCESS,
                Caller.current().origin(), details));
    }
}
