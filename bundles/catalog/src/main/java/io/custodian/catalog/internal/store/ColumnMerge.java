package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.internal.entity.AssetEntity;
import io.custodian.platform.persistence.api.JpaTimestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * Brings the stored columns of one table in line with the columns a scan described, in the table's transaction:
 * one query loads every stored column, one bulk update marks the live ones seen, and only what differs is written
 * (new columns as one batch of inserts).
 */
final class ColumnMerge {

    private final EntityManager em;
    private final ChangeLog log;
    private final String runId;
    private final Instant now;

    ColumnMerge(EntityManager em, ChangeLog log, String runId, Instant now) {
        this.em = em;
        this.log = log;
        this.runId = runId;
        this.now = now;
    }

    /**
     * The columns of a table stored just now. No history rows for them: the table's own ADDED entry says when they
     * appeared, and a scan of a large source would otherwise write a row per column for nothing.
     */
    ColumnCounts createAll(AssetEntity table, List<AssetDraft> columns) {
        for (AssetDraft draft : columns) {
            em.persist(newColumn(table, draft));
        }
        return new ColumnCounts(columns.size(), 0, 0);
    }

    /** Adds, restores, changes and tombstones columns of an existing table; each difference is recorded. */
    ColumnCounts merge(AssetEntity table, List<AssetDraft> columns) {
        Map<String, AssetEntity> stored = new HashMap<>();
        for (AssetEntity child : AssetQueries.children(em, table.getId())) {
            if (AssetType.COLUMN.name().equals(child.getType())) {
                stored.put(child.getQualifiedName(), child);
            }
        }
        List<AssetEntity> gone = vanished(stored, columns);
        if (gone.isEmpty()) {
            markLiveColumnsSeen(table.getId());
        }
        int added = 0;
        int changed = 0;
        List<AssetEntity> created = new ArrayList<>();
        for (AssetDraft draft : columns) {
            AssetEntity column = stored.get(draft.qualifiedName());
            if (column == null) {
                column = newColumn(table, draft);
                em.persist(column);
                created.add(column);
                added++;
                continue;
            }
            boolean restored = column.isRemoved();
            if (restored) {
                column.restore(now);
                log.restored(column);
                added++;
            }
            if (restored || !gone.isEmpty()) {
                column.seen(runId, now);
            }
            String technical = MetadataJson.write(draft.technical());
            if (!technical.equals(column.getTechnical())) {
                log.changed(column, MetadataJson.differences(column.getTechnical(), technical));
                column.describe(column.getType(), technical, now);
                changed += restored ? 0 : 1;
            }
            if (!Objects.equals(column.getChangeToken(), draft.changeToken())) {
                column.setChangeToken(draft.changeToken());
            }
        }
        for (AssetEntity column : gone) {
            column.remove(now);
            log.removed(column);
        }
        if (!created.isEmpty()) {
            Ids.assign(em, created);
            created.forEach(log::added);
        }
        return new ColumnCounts(added, changed, gone.size());
    }

    private static List<AssetEntity> vanished(Map<String, AssetEntity> stored, List<AssetDraft> columns) {
        Set<String> described = new HashSet<>();
        columns.forEach(draft -> described.add(draft.qualifiedName()));
        List<AssetEntity> gone = new ArrayList<>();
        for (AssetEntity column : stored.values()) {
            if (!column.isRemoved() && !described.contains(column.getQualifiedName())) {
                gone.add(column);
            }
        }
        return gone;
    }

    // The common case (no column vanished): one statement for all columns instead of an update per column. It runs
    // before anything in this transaction is dirty; the loaded entities' seen stamps are not used afterwards. When
    // a column vanished, the kept ones are stamped one by one instead, so the vanished one keeps its last run.
    private void markLiveColumnsSeen(long tableId) {
        em.createQuery("UPDATE AssetEntity a SET a.lastSeenRun = :run, a.lastSeenAt = :at "
                        + "WHERE a.parentId = :table AND a.removedAt IS NULL AND a.type = :column")
                .setParameter("run", runId).setParameter("at", JpaTimestamps.toDate(now))
                .setParameter("table", tableId).setParameter("column", AssetType.COLUMN.name())
                .executeUpdate();
    }

    private AssetEntity newColumn(AssetEntity table, AssetDraft draft) {
        return new AssetEntity(draft.sourceId(), draft.qualifiedName(), table.getId(), AssetType.COLUMN.name(),
                draft.name(), MetadataJson.write(draft.technical()), draft.changeToken(), runId, now);
    }

    /** How many columns were added (or restored), changed and tombstoned. */
    record ColumnCounts(int added, int changed, int removed) {

        boolean any() {
            return added + changed + removed > 0;
        }
    }
}
