package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.plugin.api.connector.TableStatistics;
import io.custodian.scanning.api.ScanLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker's job for one table, view or file: take its statistics (statistics level), store it with its columns in
 * one catalog transaction, then store its profile. The change token is stored marked as profiled only when the
 * statistics were recorded, so a later statistics scan does not skip an asset it never profiled. A failure records an
 * error for the asset; only a failure to store it makes its container incomplete.
 */
final class AssetTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AssetTask.class);

    private final PreparedAsset prepared;
    private final ScanJob job;
    private final CatalogUpdates catalog;
    private final TableWorkers workers;
    private final RunProgress progress;
    private final RunErrors errors;
    private final RunControl control;
    private final ContainerWork work;

    AssetTask(PreparedAsset prepared, ScanJob job, CatalogUpdates catalog, TableWorkers workers, RunProgress progress,
              RunErrors errors, RunControl control, ContainerWork work) {
        this.prepared = prepared;
        this.job = job;
        this.catalog = catalog;
        this.workers = workers;
        this.progress = progress;
        this.errors = errors;
        this.control = control;
        this.work = work;
    }

    @Override
    public void run() {
        boolean stored = false;
        try {
            // A cancelled run tombstones nothing, so skipping the queued work loses nothing.
            if (!control.cancelled()) {
                stored = store();
            }
        } catch (RuntimeException e) {
            errors.record(prepared.qualifiedName(), e, RunErrors.CATALOG);
        } finally {
            work.finished(stored);
        }
    }

    private boolean store() {
        TableStatistics statistics = job.level() == ScanLevel.STATISTICS && !prepared.columns().isEmpty() ? statistics() : null;
        String sourceId = Long.toString(job.sourceId());
        String connectorToken = prepared.asset().changeToken();
        UpsertResult result;
        try {
            result = catalog.upsertWithColumns(job.runId(),
                    prepared.draft(sourceId, StoredTokens.forCatalog(connectorToken, statistics != null)), prepared.columns());
        } catch (RuntimeException e) {
            errors.record(prepared.qualifiedName(), e, RunErrors.CATALOG);
            return false;
        }
        progress.stored(result.outcome());
        if (statistics != null) {
            recordProfile(statistics, sourceId, connectorToken);
        }
        return true;
    }

    private TableStatistics statistics() {
        try {
            return workers.session().statistics(prepared.asset(), prepared.columnNames());
        } catch (RuntimeException e) {
            errors.record(prepared.qualifiedName(), e, RunErrors.SOURCE);
            return null;
        }
    }

    private void recordProfile(TableStatistics statistics, String sourceId, String connectorToken) {
        try {
            catalog.recordProfile(sourceId, prepared.qualifiedName(), ProfileMaps.table(statistics), ProfileMaps.columns(statistics));
        } catch (RuntimeException e) {
            errors.record(prepared.qualifiedName(), e, RunErrors.CATALOG);
            if (connectorToken != null) {
                forgetProfiledMark(sourceId, connectorToken);
            }
        }
    }

    /** The stored token claims a profile that was not recorded: store it unmarked so the next statistics scan redoes it. */
    private void forgetProfiledMark(String sourceId, String connectorToken) {
        try {
            catalog.upsertWithColumns(job.runId(), prepared.draft(sourceId, StoredTokens.forCatalog(connectorToken, false)),
                    prepared.columns());
        } catch (RuntimeException e) {
            LOG.warn("Scan run {}: the change token of {} could not be reset; a later scan may skip its statistics",
                    job.runId(), prepared.qualifiedName(), e);
        }
    }
}
