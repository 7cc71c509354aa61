package io.custodian.catalog.internal.store;

import io.custodian.platform.persistence.api.JpaTimestamps;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import javax.persistence.EntityManagerFactory;

/**
 * Marks assets an incremental scan skipped as seen, with their columns: two bulk updates per 500 names, whatever
 * the number of columns. Tombstoned assets stay tombstoned (a scan restores them by storing them).
 */
public final class SeenMarks {

    private final EntityManagerFactory emf;
    private final Clock clock;

    public SeenMarks(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    public void markSeen(String runId, String sourceId, Collection<String> qualifiedNames) {
        DraftRules.checkRun(runId);
        DraftRules.checkSource(sourceId);
        if (qualifiedNames.isEmpty()) {
            return;
        }
        Date now = JpaTimestamps.toDate(clock.instant());
        // Tables only: their live columns are seen with them (AssetRecords reports a column's last sighting from its
        // table), so a re-scan of 10,000 unchanged tables writes 10,000 rows, not 210,000.
        Transactions.run(emf, em -> AssetQueries.inChunks(new LinkedHashSet<>(qualifiedNames), names ->
                em.createQuery("UPDATE AssetEntity a SET a.lastSeenRun = :run, a.lastSeenAt = :at "
                                + "WHERE a.sourceId = :source AND a.qualifiedName IN :names AND a.removedAt IS NULL")
                        .setParameter("run", runId).setParameter("at", now).setParameter("source", sourceId)
                        .setParameter("names", names).executeUpdate()));
    }
}
