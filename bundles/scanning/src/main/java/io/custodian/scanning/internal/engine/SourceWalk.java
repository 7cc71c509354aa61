package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks one source depth-first on the run's reading thread: stores the source and each container as it is reached,
 * streams each container's assets one by one to the workers (or marks them seen when their change token did not
 * move, or when they are out of scope; on a re-scan only the changed ones are described, see
 * {@link IncrementalAssets}), and tombstones a container's unseen children only when both its streams ran
 * to their end without a failure, every child was stored, and the run was not cancelled.
 */
final class SourceWalk {

    private final ScanJob job;
    private final CatalogUpdates catalog;
    private final ConnectorSession session;
    private final RunProgress progress;
    private final RunControl control;
    private final RunErrors errors;
    private final QualifiedNames names;
    private final AssetDrafts drafts;
    private final ElementWalk walk;
    private final SeenBatch seen;
    private final AssetHandoff handoff;
    private final ProgressFrames frames = new ProgressFrames();

    SourceWalk(ScanJob job, CatalogUpdates catalog, ConnectorSession session, TableWorkers workers, RunProgress progress,
               RunControl control, RunErrors errors) {
        this.job = job;
        this.catalog = catalog;
        this.session = session;
        this.progress = progress;
        this.control = control;
        this.errors = errors;
        this.names = QualifiedNames.of(session, job.sourceId());
        this.drafts = new AssetDrafts(job.sourceId(), names);
        this.walk = new ElementWalk(control, errors);
        this.seen = new SeenBatch(catalog, job.runId(), job.sourceId(), errors);
        this.handoff = new AssetHandoff(job, catalog, workers, progress, control, errors, names, drafts, seen);
    }

    /** Walks the source; answers {@code false} when its root asset could not be stored (nothing else was tried). */
    boolean walk() throws InterruptedException {
        String root = names.namespace();
        progress.current(root);
        try {
            catalog.upsert(job.runId(), drafts.source(job.sourceName()));
        } catch (RuntimeException e) {
            errors.record(root, e, RunErrors.CATALOG);
            return false;
        }
        List<Container> top = new ArrayList<>();
        boolean complete = walk.forEach(() -> session.containers(null), root, top::add);
        frames.enter(top.size());
        complete &= containers(top, root);
        tombstoneIf(complete, root);
        progress.current(null);
        return true;
    }

    private boolean containers(List<Container> children, String parentQualifiedName) throws InterruptedException {
        boolean allStored = true;
        for (Container child : children) {
            if (control.cancelled()) {
                return false;
            }
            allStored &= container(child, parentQualifiedName);
            progress.percent(frames.percent());
        }
        return allStored;
    }

    /** Stores one container and walks what it holds; answers whether the container is in the catalog (or left out). */
    private boolean container(Container container, String parentQualifiedName) throws InterruptedException {
        String datasetName;
        try {
            datasetName = names.datasetName(container.path());
        } catch (RuntimeException e) {
            errors.record(parentQualifiedName + "/" + container.name(), e, RunErrors.SOURCE);
            frames.unitDone();
            return false;
        }
        String qualifiedName = names.qualified(datasetName);
        if (job.scope().prunes(datasetName)) {
            seen.add(qualifiedName);
            frames.unitDone();
            return true;
        }
        progress.current(qualifiedName);
        try {
            catalog.upsert(job.runId(), drafts.container(container, qualifiedName, parentQualifiedName));
        } catch (RuntimeException e) {
            errors.record(qualifiedName, e, RunErrors.CATALOG);
            frames.unitDone();
            return false;
        }
        progress.containerSeen();
        content(container, qualifiedName);
        return true;
    }

    private void content(Container container, String qualifiedName) throws InterruptedException {
        List<Container> children = new ArrayList<>();
        boolean complete = walk.forEach(() -> session.containers(container), qualifiedName, children::add);
        frames.enter(children.size() + 1);
        ContainerWork work = new ContainerWork();
        complete &= assets(container, qualifiedName, work);
        frames.unitDone();
        progress.percent(frames.percent());
        complete &= containers(children, qualifiedName);
        complete &= work.awaitAllStored();
        tombstoneIf(complete, qualifiedName);
        frames.leave();
    }

    /**
     * Reads the container's assets: where the catalog holds change tokens from an earlier scan and the connector lists
     * tokens without describing ({@link ScanJob#listsChanges()}), by listing tokens and describing only what changed;
     * otherwise in one pass over the described assets, which still skips storing those whose token did not move.
     */
    private boolean assets(Container container, String qualifiedName, ContainerWork work) {
        Map<String, String> tokens = changeTokens(qualifiedName);
        if (tokens.isEmpty() || !job.listsChanges()) {
            return walk.forEach(() -> session.assets(container), qualifiedName,
                    asset -> described(container, qualifiedName, asset, tokens, work));
        }
        IncrementalAssets incremental = new IncrementalAssets(session, walk, handoff, control, errors, share -> {
            frames.assetShare(share);
            progress.percent(frames.percent());
        });
        return incremental.read(container, qualifiedName, tokens, work);
    }

    /** The stored tokens of a container's children; without them the scan is simply not incremental there. */
    private Map<String, String> changeTokens(String qualifiedName) {
        try {
            return catalog.changeTokens(Long.toString(job.sourceId()), qualifiedName);
        } catch (RuntimeException e) {
            errors.record(qualifiedName, e, RunErrors.CATALOG);
            return Map.of();
        }
    }

    /**
     * Handles one asset of the single pass as the stream yields it: skipped (marked seen) when its token did not move
     * since the stored one, else handed on; answers {@code false} when it could not be handed on.
     */
    private boolean described(Container container, String containerName, DataAsset asset, Map<String, String> tokens,
                              ContainerWork work) {
        AssetHandoff.AssetName name = handoff.name(container, containerName, asset.name());
        if (name == null) {
            return false;
        }
        if (handoff.decide(name, tokens.get(name.qualifiedName()), asset.changeToken()) != AssetHandoff.Decision.DESCRIBE) {
            return true;
        }
        return handoff.submit(asset, name.qualifiedName(), containerName, work);
    }

    private void tombstoneIf(boolean complete, String qualifiedName) {
        boolean allMarked = seen.flush();
        if (!complete || !allMarked || control.cancelled()) {
            return;
        }
        try {
            progress.removed(catalog.tombstoneUnseen(job.runId(), Long.toString(job.sourceId()), qualifiedName).size());
        } catch (RuntimeException e) {
            errors.record(qualifiedName, e, RunErrors.CATALOG);
        }
    }
}
