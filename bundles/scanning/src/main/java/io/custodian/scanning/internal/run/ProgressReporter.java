package io.custodian.scanning.internal.run;

import io.custodian.scanning.internal.store.RunFigures;
import io.custodian.scanning.internal.store.RunStore;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a second (see {@code ScanningHost}), stores each running run's figures, so another node or a restarted
 * server sees how far it got, and publishes {@code scan.progress} when they moved.
 */
public final class ProgressReporter implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final ScanRunner runner;
    private final RunStore runs;
    private final RunEvents events;
    private final Map<String, RunFigures> reported = new ConcurrentHashMap<>();

    public ProgressReporter(ScanRunner runner, RunStore runs, RunEvents events) {
        this.runner = runner;
        this.runs = runs;
        this.events = events;
    }

    @Override
    public void run() {
        try {
            reported.keySet().removeIf(id -> runner.active(id).isEmpty());
            for (ActiveRun run : runner.activeRunsInternal()) {
                if (run.running()) {
                    report(run);
                }
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: keep reporting.
            LOG.warn("Scan progress could not be reported", e);
        }
    }

    private void report(ActiveRun run) {
        RunFigures figures = run.figures();
        RunFigures last = reported.get(run.id());
        if (last != null && sameProgress(last, figures)) {
            return;
        }
        runs.report(run.id(), figures);
        reported.put(run.id(), figures);
        events.progress(run.view());
    }

    private static boolean sameProgress(RunFigures a, RunFigures b) {
        return a.counts().equals(b.counts()) && a.percent() == b.percent() && Objects.equals(a.currentObject(), b.currentObject());
    }
}
