package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reading thread does with each table, view or file of a container, however the container is read (one
 * pass over described assets, or a listing of change tokens followed by describing the changed ones): names the asset
 * as the catalog does, leaves out what is out of scope and what did not change since the scan that stored its token
 * (marking both seen, so they do not look deleted), and hands what must be stored to the workers. Used by the reading
 * thread only.
 */
final class AssetHandoff {

    /** What becomes of an asset the connector reported, before it is described. */
    enum Decision {
        /** Out of the definition's scope: marked seen, not counted. */
        OUT_OF_SCOPE,
        /** Its token did not move since it was stored by a scan of this level: marked seen, counted unchanged. */
        UNCHANGED,
        /** To be described and stored. */
        DESCRIBE
    }

    /** An asset's dataset name (what scope patterns match) and its qualified name (the catalog's key). */
    record AssetName(String datasetName, String qualifiedName) {
    }

    private final ScanJob job;
    private final CatalogUpdates catalog;
    private final TableWorkers workers;
    private final RunProgress progress;
    private final RunControl control;
    private final RunErrors errors;
    private final QualifiedNames names;
    private final AssetDrafts drafts;
    private final SeenBatch seen;

    AssetHandoff(ScanJob job, CatalogUpdates catalog, TableWorkers workers, RunProgress progress, RunControl control,
                 RunErrors errors, QualifiedNames names, AssetDrafts drafts, SeenBatch seen) {
        this.job = job;
        this.catalog = catalog;
        this.workers = workers;
        this.progress = progress;
        this.control = control;
        this.errors = errors;
        this.names = names;
        this.drafts = drafts;
        this.seen = seen;
    }

    /**
     * The names of the asset {@code assetName} in {@code container}, shown as what the scan reads now; {@code null}
     * when the connector could not name it (recorded as an error of the asset).
     */
    AssetName name(Container container, String containerQualifiedName, String assetName) {
        List<String> path = new ArrayList<>(container.path());
        path.add(assetName);
        String datasetName;
        try {
            datasetName = names.datasetName(path);
        } catch (RuntimeException e) {
            errors.record(containerQualifiedName + "/" + assetName, e, RunErrors.SOURCE);
            return null;
        }
        AssetName name = new AssetName(datasetName, names.qualified(datasetName));
        progress.current(name.qualifiedName());
        return name;
    }

    /**
     * Decides about one asset from its name and tokens alone; what is out of scope or unchanged is marked seen here.
     *
     * @param storedToken    the token the catalog holds for it, or {@code null}
     * @param connectorToken the token the connector reports now, or {@code null}
     */
    Decision decide(AssetName name, String storedToken, String connectorToken) {
        if (!job.scope().includes(name.datasetName())) {
            seen.add(name.qualifiedName());
            return Decision.OUT_OF_SCOPE;
        }
        progress.assetSeen();
        if (StoredTokens.unchanged(storedToken, connectorToken, job.level())) {
            seen.add(name.qualifiedName());
            progress.skippedUnchanged();
            return Decision.UNCHANGED;
        }
        return Decision.DESCRIBE;
    }

    /**
     * Hands a described asset to the workers, waiting for a free slot.
     *
     * @return {@code false} when it could not be handed on (its drafts failed, or the run was cancelled meanwhile)
     */
    boolean submit(DataAsset asset, String qualifiedName, String containerQualifiedName, ContainerWork work) {
        PreparedAsset prepared;
        try {
            prepared = drafts.prepare(asset, qualifiedName, containerQualifiedName);
        } catch (RuntimeException e) {
            errors.record(qualifiedName, e, RunErrors.SOURCE);
            return false;
        }
        try {
            return workers.submit(work, new AssetTask(prepared, job, catalog, workers, progress, errors, control, work));
        } catch (InterruptedException e) {
            control.cancel();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
