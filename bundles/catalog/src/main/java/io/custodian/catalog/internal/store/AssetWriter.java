package io.custodian.catalog.internal.store;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.catalog.internal.entity.AssetEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

/**
 * Stores what a scan found, one transaction per call: creates, refreshes or restores the asset and, for a table,
 * view or file, its columns, recording each difference in the history. A new table with 20 columns costs a lookup,
 * one batch of 21 inserts and the insert of its history entry; an unchanged one a lookup, one query for its columns
 * and two updates (the table's, and one for all its columns).
 */
public final class AssetWriter {

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final ParentIds parents = new ParentIds();

    public AssetWriter(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    /** Stores a container (or any asset but a column) without touching its children. */
    public UpsertResult upsert(String runId, AssetDraft draft) {
        DraftRules.checkContainer(runId, draft);
        String technical = MetadataJson.write(draft.technical());
        UpsertResult result = retryingOnce(() -> Transactions.inTransaction(emf, em -> {
            Stored stored = store(em, runId, draft, technical);
            if (stored.outcome() == UpsertOutcome.CREATED) {
                stored.log().added(stored.asset());
            }
            return UpsertResult.of(stored.asset().getId(), draft.qualifiedName(), stored.outcome());
        }));
        parents.remember(draft.sourceId(), draft.qualifiedName(), result.assetId());
        return result;
    }

    /** Stores a table, view or file with all its columns. */
    public UpsertResult upsertWithColumns(String runId, AssetDraft asset, List<AssetDraft> columns) {
        DraftRules.checkWithColumns(runId, asset, columns);
        String technical = MetadataJson.write(asset.technical());
        return retryingOnce(() -> Transactions.inTransaction(emf, em -> {
            Stored stored = store(em, runId, asset, technical);
            ColumnMerge merge = new ColumnMerge(em, stored.log(), runId, stored.at());
            UpsertOutcome outcome = stored.outcome();
            ColumnMerge.ColumnCounts counts;
            if (outcome == UpsertOutcome.CREATED) {
                counts = merge.createAll(stored.asset(), columns);
                // Logged after the columns so that the table's insert and theirs are one batch (OpenJPA batches
                // consecutive statements of the same SQL, in the order the entities were persisted).
                stored.log().added(stored.asset());
            } else {
                counts = merge.merge(stored.asset(), columns);
            }
            if (outcome == UpsertOutcome.UNCHANGED && counts.any()) {
                // A table whose columns changed has changed, even if its own metadata did not.
                stored.asset().touch(stored.at());
                outcome = UpsertOutcome.CHANGED;
            }
            return new UpsertResult(stored.asset().getId(), asset.qualifiedName(), outcome, counts.added(),
                    counts.changed(), counts.removed());
        }));
    }

    /** Creates or refreshes the asset row; the caller records ADDED for a created one (after its columns). */
    private Stored store(EntityManager em, String runId, AssetDraft draft, String technical) {
        Instant now = clock.instant();
        ChangeLog log = new ChangeLog(em, now, runId);
        Long parentId = parents.idOf(em, draft.sourceId(), draft.parentQualifiedName());
        AssetEntity asset = AssetQueries.byName(em, draft.sourceId(), draft.qualifiedName());
        if (asset == null) {
            asset = new AssetEntity(draft.sourceId(), draft.qualifiedName(), parentId, draft.type().name(),
                    draft.name(), technical, draft.changeToken(), runId, now);
            em.persist(asset);
            Ids.assign(em, List.of(asset));
            return new Stored(asset, UpsertOutcome.CREATED, log, now);
        }
        return new Stored(asset, refresh(asset, log, runId, draft, parentId, technical, now), log, now);
    }

    private static UpsertOutcome refresh(AssetEntity asset, ChangeLog log, String runId, AssetDraft draft,
                                         Long parentId, String technical, Instant now) {
        List<MetadataJson.FieldDifference> differences = new ArrayList<>();
        if (!asset.getType().equals(draft.type().name())) {
            differences.add(new MetadataJson.FieldDifference("type", asset.getType(), draft.type().name()));
        }
        if (!technical.equals(asset.getTechnical())) {
            differences.addAll(MetadataJson.differences(asset.getTechnical(), technical));
        }
        asset.seen(runId, now);
        if (!Objects.equals(asset.getChangeToken(), draft.changeToken())) {
            asset.setChangeToken(draft.changeToken());
        }
        if (!Objects.equals(asset.getParentId(), parentId)) {
            asset.setParentId(parentId);
        }
        boolean restored = asset.isRemoved();
        if (restored) {
            asset.restore(now);
            log.restored(asset);
        }
        if (!differences.isEmpty() || !technical.equals(asset.getTechnical())) {
            asset.describe(draft.type().name(), technical, now);
            log.changed(asset, differences);
        }
        if (restored) {
            return UpsertOutcome.RESTORED;
        }
        return differences.isEmpty() ? UpsertOutcome.UNCHANGED : UpsertOutcome.CHANGED;
    }

    // Two scan workers may store the same new asset at once; the loser's insert violates the unique name and its
    // second attempt finds the row the winner committed.
    private static <T> T retryingOnce(Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException firstAttempt) {
            try {
                return work.get();
            } catch (RuntimeException secondAttempt) {
                secondAttempt.addSuppressed(firstAttempt);
                throw secondAttempt;
            }
        }
    }

    /** The asset row of this transaction and what happened to it. */
    private record Stored(AssetEntity asset, UpsertOutcome outcome, ChangeLog log, Instant at) {
    }
}
