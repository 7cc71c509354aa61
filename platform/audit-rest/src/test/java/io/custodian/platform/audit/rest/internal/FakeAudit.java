package io.custodian.platform.audit.rest.internal;

import io.custodian.platform.audit.api.AuditCursor;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditIntegrity;
import io.custodian.platform.audit.api.AuditPage;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditSearch;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.AuditVerification;
import io.custodian.platform.audit.api.ExportFormat;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records what the resource asks of the audit services and answers with canned results. */
final class FakeAudit implements AuditSearch, AuditIntegrity, AuditService {

    static final Instant AT = Instant.parse("2026-04-01T09:30:00Z");

    final List<AuditQuery> queries = new ArrayList<>();
    final List<AuditEvent> recorded = new ArrayList<>();
    String verifiedBy;

    @Override
    public AuditPage search(AuditQuery query) {
        queries.add(query);
        AuditRecord record = new AuditRecord(7, AT, "alice", "auth.login", "user:alice", Outcome.SUCCESS,
                "10.0.0.1", "curl", "c1", Map.of());
        return new AuditPage(List.of(record), new AuditCursor(7));
    }

    @Override
    public void export(AuditQuery query, ExportFormat format, OutputStream out) throws IOException {
        queries.add(query);
        out.write(("exported " + format).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AuditVerification verify(String actor, Origin origin) {
        verifiedBy = actor;
        return new AuditVerification(true, 3, null, null, 3, "abc", AT);
    }

    @Override
    public void record(AuditEvent event) {
        recorded.add(event);
    }

    @Override
    public List<AuditRecord> latest(int limit, String actionOrNull) {
        return List.of();
    }
}
