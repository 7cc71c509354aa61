package io.custodian.scanning.internal.engine;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Reads the assets of a container the catalog holds change tokens for, in two steps, so a re-scan costs the source
 * one listing plus the description of what changed rather than the description of everything. First the connector's
 * listing of names, kinds and tokens ({@link ConnectorSession#changeTokens}), which describes nothing: each asset is
 * out of scope or unchanged (both marked seen) or to be described. Then the connector describes only those, at most
 * {@value #BATCH} names per call, so no call carries an unbounded set; each described asset goes to the workers as
 * it arrives. Only the names to describe are held between the two steps, never described assets.
 *
 * <p>The container counts as completely enumerated only when the listing ran to its end without a failure and every
 * name to describe came back described. A name that was listed but not described was dropped (or renamed) in between:
 * it is an error of the container, so this run tombstones nothing there and the next one sees the drop. Used by the
 * reading thread only.
 */
final class IncrementalAssets {

    /** At most this many names per describing call. */
    static final int BATCH = 500;

    /** The part of a container's asset unit the listing fills; describing fills the rest. */
    private static final double LISTING_SHARE = 0.5;
    private static final double MOST_BEFORE_THE_END = 0.99;

    private final ConnectorSession session;
    private final ElementWalk walk;
    private final AssetHandoff handoff;
    private final RunControl control;
    private final RunErrors errors;
    private final DoubleConsumer share;

    /**
     * @param share told the share (0..1) of the container's assets done so far, for the run's percent
     */
    IncrementalAssets(ConnectorSession session, ElementWalk walk, AssetHandoff handoff, RunControl control, RunErrors errors,
                      DoubleConsumer share) {
        this.session = session;
        this.walk = walk;
        this.handoff = handoff;
        this.control = control;
        this.errors = errors;
        this.share = share;
    }

    /**
     * Lists, decides and describes the assets of one container.
     *
     * @param storedTokens the catalog's tokens of the container's children by qualified name, not empty
     * @return whether the enumeration was complete and every changed asset was handed to the workers
     */
    boolean read(Container container, String qualifiedName, Map<String, String> storedTokens, ContainerWork work) {
        Set<String> toDescribe = new LinkedHashSet<>();
        int[] listed = {0};
        boolean complete = walk.forEach(() -> session.changeTokens(container), qualifiedName, token -> {
            listed[0]++;
            share.accept(LISTING_SHARE * Math.min(1, (double) listed[0] / storedTokens.size()));
            return decide(container, qualifiedName, token, storedTokens, toDescribe);
        });
        // What the listing found changed is described even when the listing failed: storing it loses nothing, only
        // tombstoning needs the complete listing.
        return describe(container, qualifiedName, toDescribe, work) && complete;
    }

    private boolean decide(Container container, String containerName, AssetToken token, Map<String, String> storedTokens,
                           Set<String> toDescribe) {
        AssetHandoff.AssetName name = handoff.name(container, containerName, token.name());
        if (name == null) {
            return false;
        }
        if (handoff.decide(name, storedTokens.get(name.qualifiedName()), token.changeToken()) == AssetHandoff.Decision.DESCRIBE) {
            toDescribe.add(token.name());
        }
        return true;
    }

    private boolean describe(Container container, String containerName, Set<String> toDescribe, ContainerWork work) {
        int total = toDescribe.size();
        int[] described = {0};
        boolean complete = true;
        Iterator<String> remaining = toDescribe.iterator();
        while (remaining.hasNext()) {
            if (control.cancelled()) {
                return false;
            }
            Set<String> batch = new LinkedHashSet<>();
            while (remaining.hasNext() && batch.size() < BATCH) {
                batch.add(remaining.next());
                remaining.remove(); // the names handed on need not be held any longer
            }
            complete &= describeBatch(container, containerName, batch, work, () -> {
                described[0]++;
                share.accept(LISTING_SHARE + (MOST_BEFORE_THE_END - LISTING_SHARE) * described[0] / total);
            });
        }
        return complete;
    }

    private boolean describeBatch(Container container, String containerName, Set<String> batch, ContainerWork work,
                                  Runnable onDescribed) {
        Set<String> missing = new HashSet<>(batch);
        Set<String> asked = Collections.unmodifiableSet(batch);
        boolean complete = walk.forEach(() -> session.assets(container, asked), containerName, asset -> {
            // A name not asked for (or given twice) was not decided about: leave it to the listing of the next scan.
            if (!missing.remove(asset.name())) {
                return true;
            }
            onDescribed.run();
            return handOn(container, containerName, asset, work);
        });
        if (!complete) {
            return false; // the stream's failure is recorded; the names it did not reach are not known to be gone
        }
        for (String name : missing) {
            vanished(container, containerName, name);
        }
        return missing.isEmpty();
    }

    private boolean handOn(Container container, String containerName, DataAsset asset, ContainerWork work) {
        AssetHandoff.AssetName name = handoff.name(container, containerName, asset.name());
        return name != null && handoff.submit(asset, name.qualifiedName(), containerName, work);
    }

    private void vanished(Container container, String containerName, String assetName) {
        AssetHandoff.AssetName name = handoff.name(container, containerName, assetName);
        if (name != null) {
            errors.record(name.qualifiedName(), RunErrors.VANISHED, "It was listed as changed but was no longer there to be "
                    + "described (dropped or renamed during the scan); nothing is removed from its container in this run.");
        }
    }
}
