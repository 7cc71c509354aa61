package io.custodian.scanning.internal.run;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.engine.RunErrors;
import io.custodian.scanning.internal.engine.ScanEngine;
import io.custodian.scanning.internal.engine.ScanJob;
import io.custodian.scanning.internal.engine.ScanOutcome;
import io.custodian.scanning.internal.engine.ScanScope;
import io.custodian.scanning.internal.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on a run thread: marks it running, scans, stores how it ended, then tells the bus and the audit trail.
 * Whatever happens, the run's row leaves {@code RUNNING} and the run leaves the node's active runs.
 */
final class RunExecution implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);

    private final ActiveRun run;
    private final ScanRunner runner;
    private final RunStore runs;
    private final DataSourceService sources;
    private final CatalogUpdates catalog;
    private final RunEvents events;
    private final AuditService audit;
    private final Clock clock;

    RunExecution(ActiveRun run, ScanRunner runner, RunStore runs, DataSourceService sources, CatalogUpdates catalog,
                 RunEvents events, AuditService audit, Clock clock) {
        this.run = run;
        this.runner = runner;
        this.runs = runs;
        this.sources = sources;
        this.catalog = catalog;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run() {
        ScanOutcome outcome;
        try {
            outcome = execute();
        } catch (RuntimeException e) {
            LOG.error("Scan run {} failed unexpectedly", run.id(), e);
            outcome = new ScanOutcome(ScanStatus.FAILED, "The scan stopped unexpectedly: " + e.getClass().getSimpleName());
        }
        finish(outcome);
    }

    private ScanOutcome execute() {
        if (run.control().cancelled()) {
            return new ScanOutcome(ScanStatus.CANCELLED, null);
        }
        ScanDefinition definition = run.definition();
        Optional<DataSource> source = sources.find(definition.sourceId());
        if (source.isEmpty()) {
            return new ScanOutcome(ScanStatus.FAILED, "The data source " + definition.sourceId() + " no longer exists.");
        }
        Instant started = clock.instant();
        runs.markRunning(run.id(), started);
        run.started(started);
        events.started(run.view(), run.requestedBy());
        ScanJob job = new ScanJob(run.id(), definition.sourceId(), source.get().name(), definition.level(),
                ScanScope.of(definition.include(), definition.exclude()), definition.concurrency(),
                sources.capabilities(definition.sourceId()).contains(ConnectorCapability.CHANGE_LISTING));
        RunErrors errors = new RunErrors(run.id(), run.progress(),
                (object, code, message) -> runs.saveError(run.id(), object, code, message, clock.instant()));
        return new ScanEngine(job, catalog, () -> sources.open(definition.sourceId()), run.progress(), run.control(), errors).run();
    }

    private void finish(ScanOutcome outcome) {
        String message = outcome.status() == ScanStatus.CANCELLED && run.cancelledBy() != null
                ? "Cancelled by " + run.cancelledBy() + "; nothing was removed from the catalog." : outcome.message();
        ScanRun last = run.view();
        try {
            last = runs.finish(run.id(), outcome.status(), message, run.figures(), clock.instant()).orElse(last);
            events.finished(last);
            audit.record(AuditEvent.system("scan.run_finished", "scan-run:" + run.id(), details(last)));
            LOG.info("Scan run {} of definition {} ended {}: {}", run.id(), last.definitionId(), last.status(), last.counts());
        } catch (RuntimeException e) {
            LOG.error("Scan run {} ended {} but could not be recorded", run.id(), outcome.status(), e);
        } finally {
            // Last: whoever waits for the run finds it stored, published and audited.
            runner.ended(run, last);
        }
    }

    private static Map<String, String> details(ScanRun run) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("definitionId", Long.toString(run.definitionId()));
        details.put("sourceId", Long.toString(run.sourceId()));
        details.put("status", run.status().name());
        details.put("added", Long.toString(run.counts().added()));
        details.put("changed", Long.toString(run.counts().changed()));
        details.put("removed", Long.toString(run.counts().removed()));
        details.put("errors", Long.toString(run.counts().errors()));
        details.put("totalMillis", Long.toString(run.totalMillis()));
        return details;
    }
}
