package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanStatus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the engine once on a source the way a scan run does, and keeps what it reported. */
final class EngineRun {

    /** An error row as the run would store it. */
    record StoredError(String objectName, String code, String message) {
    }

    private static final AtomicInteger RUNS = new AtomicInteger();

    final String runId;
    final RunProgress progress = new RunProgress();
    final RunControl control = new RunControl();
    final List<StoredError> errors = new CopyOnWriteArrayList<>();
    private final ScanEngine engine;
    ScanOutcome outcome;

    EngineRun(CatalogUpdates catalog, DataSourceService sources, DataSource source, ScanLevel level, ScanScope scope, int concurrency) {
        this.runId = "run-" + RUNS.incrementAndGet();
        ScanJob job = new ScanJob(runId, source.id(), source.name(), level, scope, concurrency,
                sources.capabilities(source.id()).contains(ConnectorCapability.CHANGE_LISTING));
        RunErrors runErrors = new RunErrors(runId, progress, (object, code, message) -> errors.add(new StoredError(object, code, message)));
        this.engine = new ScanEngine(job, catalog, () -> sources.open(source.id()), progress, control, runErrors);
    }

    /** A run with two workers over the whole source. */
    static EngineRun of(CatalogUpdates catalog, DataSourceService sources, DataSource source, ScanLevel level) {
        return new EngineRun(catalog, sources, source, level, ScanScope.ALL, 2);
    }

    EngineRun run() {
        outcome = engine.run();
        return this;
    }

    ScanStatus status() {
        return outcome.status();
    }

    ScanCounts counts() {
        return progress.counts();
    }
}
