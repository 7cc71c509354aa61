package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.internal.entity.AssetEntity;
import io.custodian.platform.persistence.api.JpaTimestamps;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Tombstones the children of a completely enumerated parent that the run did not see, with everything below them.
 * Descendants are found by walking {@code parent_id} level by level, never by qualified-name prefix, so
 * {@code sales} going away cannot take {@code sales2} with it. Columns are tombstoned with one bulk update per
 * level and get no history rows of their own: their table's REMOVED entry says it.
 */
public final class Tombstones {

    private final EntityManagerFactory emf;
    private final Clock clock;

    public Tombstones(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    /**
     * What one call tombstoned.
     *
     * @param childNames  the qualified names of the tombstoned children, columns included
     * @param children    the tombstoned children other than columns
     * @param descendants the tombstoned assets below them other than columns
     * @param columns     how many columns were tombstoned, as children or below them
     */
    public record Removal(List<String> childNames, List<RemovedAsset> children, List<RemovedAsset> descendants,
                          int columns) {

        static final Removal NONE = new Removal(List.of(), List.of(), List.of(), 0);

        public boolean isEmpty() {
            return childNames.isEmpty();
        }
    }

    /** One tombstoned asset other than a column. */
    public record RemovedAsset(long id, String sourceId, String qualifiedName, AssetType type) {
    }

    /** Tombstones the unseen live children of {@code parentQualifiedName} and their live descendants. */
    public Removal tombstoneUnseen(String runId, String sourceId, String parentQualifiedName) {
        DraftRules.checkRun(runId);
        DraftRules.checkSource(sourceId);
        if (runId == null) {
            // Without a run every child would count as unseen: refuse rather than empty the catalog.
            throw new IllegalArgumentException("Tombstoning needs the id of the run that enumerated the parent");
        }
        if (parentQualifiedName == null) {
            return Removal.NONE;
        }
        return Transactions.inTransaction(emf, em -> {
            AssetEntity parent = AssetQueries.byName(em, sourceId, parentQualifiedName);
            if (parent == null) {
                return Removal.NONE;
            }
            Instant now = clock.instant();
            ChangeLog log = new ChangeLog(em, now, runId);
            List<AssetEntity> unseen = unseenChildren(em, parent.getId(), runId);
            List<String> childNames = new ArrayList<>();
            List<RemovedAsset> children = new ArrayList<>();
            List<RemovedAsset> descendants = new ArrayList<>();
            int columns = 0;
            List<Long> level = new ArrayList<>();
            for (AssetEntity child : unseen) {
                child.remove(now);
                log.removed(child);
                childNames.add(child.getQualifiedName());
                if (!AssetType.COLUMN.name().equals(child.getType())) {
                    children.add(removed(child));
                    level.add(child.getId());
                } else {
                    columns++;
                }
            }
            while (!level.isEmpty()) {
                columns += removeColumnsOf(em, level, now);
                List<Long> next = new ArrayList<>();
                for (AssetEntity descendant : liveNonColumnChildren(em, level)) {
                    descendant.remove(now);
                    log.removed(descendant);
                    descendants.add(removed(descendant));
                    next.add(descendant.getId());
                }
                level = next;
            }
            return new Removal(childNames, children, descendants, columns);
        });
    }

    private static List<AssetEntity> unseenChildren(EntityManager em, long parentId, String runId) {
        return em.createQuery("SELECT a FROM AssetEntity a WHERE a.parentId = :parent AND a.removedAt IS NULL "
                        + "AND (a.lastSeenRun IS NULL OR a.lastSeenRun <> :run) ORDER BY a.id", AssetEntity.class)
                .setParameter("parent", parentId).setParameter("run", runId).getResultList();
    }

    private static int removeColumnsOf(EntityManager em, List<Long> parentIds, Instant now) {
        int[] count = {0};
        AssetQueries.inChunks(parentIds, chunk -> count[0] += em.createQuery(
                        "UPDATE AssetEntity a SET a.removedAt = :now WHERE a.parentId IN :parents "
                                + "AND a.removedAt IS NULL AND a.type = :column")
                .setParameter("now", JpaTimestamps.toDate(now)).setParameter("parents", chunk)
                .setParameter("column", AssetType.COLUMN.name()).executeUpdate());
        return count[0];
    }

    private static List<AssetEntity> liveNonColumnChildren(EntityManager em, List<Long> parentIds) {
        List<AssetEntity> found = new ArrayList<>();
        AssetQueries.inChunks(parentIds, chunk -> found.addAll(em.createQuery(
                        "SELECT a FROM AssetEntity a WHERE a.parentId IN :parents AND a.removedAt IS NULL "
                                + "AND a.type <> :column ORDER BY a.id", AssetEntity.class)
                .setParameter("parents", chunk).setParameter("column", AssetType.COLUMN.name()).getResultList()));
        return found;
    }

    private static RemovedAsset removed(AssetEntity asset) {
        return new RemovedAsset(asset.getId(), asset.getSourceId(), asset.getQualifiedName(),
                AssetType.valueOf(asset.getType()));
    }
}
