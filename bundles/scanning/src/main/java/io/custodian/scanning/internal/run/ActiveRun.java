package io.custodian.scanning.internal.run;

import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.engine.RunControl;
import io.custodian.scanning.internal.engine.RunProgress;
import io.custodian.scanning.internal.store.RunFigures;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A run this node has queued or is running: its live figures, its cancel flag, and a future completed with the final
 * run once it is stored. Thread-safe.
 */
final class ActiveRun {

    private final String id;
    private final ScanDefinition definition;
    private final ScanTrigger trigger;
    private final String requestedBy;
    private final String nodeId;
    private final Instant queuedAt;
    private final RunProgress progress = new RunProgress();
    private final RunControl control = new RunControl();
    private final CompletableFuture<ScanRun> finished = new CompletableFuture<>();
    private volatile ScanStatus status = ScanStatus.QUEUED;
    private volatile Instant startedAt;
    private volatile long startedNanos;
    private volatile String cancelledBy;

    ActiveRun(String id, ScanDefinition definition, ScanTrigger trigger, String requestedBy, String nodeId, Instant queuedAt) {
        this.id = id;
        this.definition = definition;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.nodeId = nodeId;
        this.queuedAt = queuedAt;
    }

    String id() {
        return id;
    }

    ScanDefinition definition() {
        return definition;
    }

    RunProgress progress() {
        return progress;
    }

    RunControl control() {
        return control;
    }

    CompletableFuture<ScanRun> finished() {
        return finished;
    }

    String requestedBy() {
        return requestedBy;
    }

    boolean running() {
        return status == ScanStatus.RUNNING;
    }

    void started(Instant at) {
        startedAt = at;
        startedNanos = System.nanoTime();
        status = ScanStatus.RUNNING;
    }

    /** Asks the run to stop; answers whether this was the first request. */
    boolean cancel(String actor) {
        boolean first = control.cancel();
        if (first) {
            cancelledBy = actor;
        }
        return first;
    }

    /** Who cancelled it, or {@code null}. */
    String cancelledBy() {
        return cancelledBy;
    }

    /** The figures now. */
    RunFigures figures() {
        // Source time first: read after it, the total can only be larger, as it must.
        long source = progress.sourceMillis();
        long total = startedAt == null ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        return new RunFigures(progress.counts(), source, total, progress.percent(), progress.currentObject());
    }

    /** The run as it is now. */
    ScanRun view() {
        RunFigures figures = figures();
        return new ScanRun(id, definition.id(), definition.sourceId(), status, trigger, requestedBy, nodeId, queuedAt, startedAt,
                null, figures.counts(), figures.sourceMillis(), figures.totalMillis(), figures.percent(),
                figures.currentObject(), control.cancelled() ? "cancel requested by " + cancelledBy : null);
    }
}
