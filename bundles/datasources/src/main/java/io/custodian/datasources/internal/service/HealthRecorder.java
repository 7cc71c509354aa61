package io.custodian.datasources.internal.service;

import io.custodian.datasources.api.DataSourceEvents;
import io.custodian.datasources.api.SourceHealth;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.datasources.internal.store.HealthEntry;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.audit.api.Outcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records health checks as each source's current health and history. A source that goes down (from up, or on its
 * first check) or comes back up is announced with an event and audited as {@code system}: the transition is the
 * platform's observation, whoever asked for the check.
 */
public final class HealthRecorder {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private static final int MAX_MESSAGE = 1000;

    private final DataSourceStore store;
    private final SourceAudit audit;
    private final SourceEvents events;
    private final Clock clock;

    public HealthRecorder(DataSourceStore store, SourceAudit audit, SourceEvents events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a connection test of {@code source}. */
    public SourceHealth record(StoredSource source, TestOutcome outcome) {
        return record(source, outcome.ok() ? UP : DOWN, outcome.diagnosis().name(), outcome.message(),
                outcome.elapsedMs());
    }

    /** Records that {@code source} could not be tested at all (no connector runs for it). */
    public SourceHealth recordUntestable(StoredSource source, String message) {
        return record(source, DOWN, null, message, 0);
    }

    // Synchronized so that a manual test and the scheduled check of one source see each other's status: each
    // transition is announced once.
    private synchronized SourceHealth record(StoredSource source, String status, String diagnosis, String message,
                                             long elapsedMs) {
        String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 3) + "..." : message;
        HealthEntry entry = new HealthEntry(clock.instant(), status, diagnosis, text, elapsedMs);
        SourceHealth now = new SourceHealth(status, diagnosis, text, entry.checkedAt());
        Optional<SourceHealth> before = store.recordHealth(source.id(), entry);
        before.ifPresent(previous -> announce(source, previous.status(), now));
        return now;
    }

    private void announce(StoredSource source, String previous, SourceHealth now) {
        boolean wentDown = DOWN.equals(now.status()) && !DOWN.equals(previous);
        boolean cameUp = UP.equals(now.status()) && DOWN.equals(previous);
        if (!wentDown && !cameUp) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("diagnosis", now.diagnosis() == null ? "" : now.diagnosis());
        data.put("message", now.message());
        events.publish(wentDown ? DataSourceEvents.DOWN : DataSourceEvents.UP, source.id(), source.name(),
                source.type(), Actor.SYSTEM, data);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", source.name());
        details.put("diagnosis", now.diagnosis() == null ? "" : now.diagnosis());
        details.put("message", now.message());
        audit.record(Actor.SYSTEM, wentDown ? SourceAudit.WENT_DOWN : SourceAudit.CAME_UP,
                SourceAudit.resource(source.id()), Outcome.SUCCESS, details, List.of());
    }
}
