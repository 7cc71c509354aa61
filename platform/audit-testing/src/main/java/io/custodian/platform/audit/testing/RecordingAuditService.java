package io.custodian.platform.audit.testing;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AuditService} for unit tests: keeps what was audited in memory, in order. */
public final class RecordingAuditService implements AuditService {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    /** Not kept: tests read {@link #events()} instead. */
    @Override
    public List<AuditRecord> latest(int limit, String actionOrNull) {
        throw new UnsupportedOperationException("the recording audit service keeps events, not stored records");
    }

    /** Everything recorded, oldest first. */
    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one action, oldest first. */
    public List<AuditEvent> events(String action) {
        return events.stream().filter(e -> e.action().equals(action)).toList();
    }

    /**
     * The newest event of {@code action}.
     *
     * @throws AssertionError if there is none
     */
    public AuditEvent last(String action) {
        List<AuditEvent> matching = events(action);
        if (matching.isEmpty()) {
            throw new AssertionError("no audit event " + action + " in " + events);
        }
        return matching.get(matching.size() - 1);
    }
}
