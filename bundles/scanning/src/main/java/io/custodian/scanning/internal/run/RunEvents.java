package io.custodian.scanning.internal.run;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanEvents;
import io.custodian.scanning.api.ScanRun;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Publishes a run's events ({@link ScanEvents}) on the kernel bus, when there is one: the scans work without it.
 */
public final class RunEvents {

    private final Supplier<EventBus> bus;

    /** @param bus the bus now, or {@code null} when none is bound */
    public RunEvents(Supplier<EventBus> bus) {
        this.bus = bus;
    }

    void started(ScanRun run, String actor) {
        publish(ScanEvents.STARTED, run, actor);
    }

    void progress(ScanRun run) {
        publish(ScanEvents.PROGRESS, run, "system");
    }

    /** The event for how the run ended: completed (also partial), failed (also skipped) or cancelled. */
    void finished(ScanRun run) {
        String type = switch (run.status()) {
            case COMPLETED, PARTIAL -> ScanEvents.COMPLETED;
            case CANCELLED -> ScanEvents.CANCELLED;
            default -> ScanEvents.FAILED;
        };
        publish(type, run, "system");
    }

    private void publish(String type, ScanRun run, String actor) {
        EventBus current = bus.get();
        if (current != null) {
            current.publish(DomainEvent.of(type, ScanEvents.SOURCE, "run/" + run.id(), actor, data(run)));
        }
    }

    static Map<String, Object> data(ScanRun run) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(ScanEvents.RUN_ID, run.id());
        data.put(ScanEvents.DEFINITION_ID, run.definitionId());
        data.put(ScanEvents.SOURCE_ID, run.sourceId());
        data.put(ScanEvents.STATUS, run.status().name());
        data.put(ScanEvents.TRIGGER, run.trigger().name());
        data.put(ScanEvents.PERCENT, run.percent());
        data.put(ScanEvents.COUNTS, counts(run.counts()));
        data.put(ScanEvents.SOURCE_MILLIS, run.sourceMillis());
        data.put(ScanEvents.TOTAL_MILLIS, run.totalMillis());
        if (run.message() != null && run.status().finished()) {
            data.put(ScanEvents.MESSAGE, run.message());
        }
        return data;
    }

    static Map<String, Object> counts(ScanCounts counts) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("containers", counts.containers());
        map.put("assetsSeen", counts.assetsSeen());
        map.put("added", counts.added());
        map.put("changed", counts.changed());
        map.put("unchanged", counts.unchanged());
        map.put("removed", counts.removed());
        map.put("restored", counts.restored());
        map.put("errors", counts.errors());
        return map;
    }
}
