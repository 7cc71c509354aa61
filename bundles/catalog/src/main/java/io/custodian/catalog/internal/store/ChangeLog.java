package io.custodian.catalog.internal.store;

import io.custodian.catalog.internal.entity.AssetChangeEntity;
import io.custodian.catalog.internal.entity.AssetEntity;
import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;

/** Writes the history rows of one transaction: every change stamped with the same time and run. */
final class ChangeLog {

    static final String ADDED = "ADDED";
    static final String REMOVED = "REMOVED";
    static final String RESTORED = "RESTORED";
    static final String CHANGED = "CHANGED";
    // Matches before_value/after_value; a longer value (a huge view definition) keeps its start.
    private static final int MAX_VALUE = 100_000;

    private final EntityManager em;
    private final Instant at;
    private final String runId;

    ChangeLog(EntityManager em, Instant at, String runId) {
        this.em = em;
        this.at = at;
        this.runId = runId;
    }

    /** The asset (which must have its id) was new. */
    void added(AssetEntity asset) {
        em.persist(new AssetChangeEntity(asset, at, runId, ADDED, null, null, null));
    }

    void removed(AssetEntity asset) {
        em.persist(new AssetChangeEntity(asset, at, runId, REMOVED, null, null, null));
    }

    void restored(AssetEntity asset) {
        em.persist(new AssetChangeEntity(asset, at, runId, RESTORED, null, null, null));
    }

    /** One CHANGED row per differing field. */
    void changed(AssetEntity asset, List<MetadataJson.FieldDifference> differences) {
        for (MetadataJson.FieldDifference difference : differences) {
            em.persist(new AssetChangeEntity(asset, at, runId, CHANGED, difference.field(),
                    bounded(difference.before()), bounded(difference.after())));
        }
    }

    private static String bounded(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
