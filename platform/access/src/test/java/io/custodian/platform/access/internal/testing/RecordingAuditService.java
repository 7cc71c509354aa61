package io.custodian.platform.access.internal.testing;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what was audited in memory, in order. */
public final class RecordingAuditService implements AuditService {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<AuditRecord> latest(int limit, String actionOrNull) {
        throw new UnsupportedOperationException("not needed by the access tests");
    }

    public List<AuditEvent> events(String action) {
        return events.stream().filter(e -> e.action().equals(action)).toList();
    }

    public AuditEvent last(String action) {
        List<AuditEvent> matching = events(action);
        if (matching.isEmpty()) {
            throw new AssertionError("no audit event " + action + " in " + events);
        }
        return matching.get(matching.size() - 1);
    }
}
