package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditVerification;
import io.custodian.platform.audit.internal.entity.AuditHeadEntity;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Clock;
import java.util.List;
import javax.persistence.EntityManagerFactory;

/**
 * Recomputes the hash chain in sequence order, one batch per entity manager so that memory stays
 * bounded, and stops at the first break. Appends may continue meanwhile: the head is read first
 * and only the rows up to it are checked.
 */
final class ChainVerifier {

    static final String HASH_MISMATCH = "hash mismatch: row edited";
    static final String PREV_MISMATCH = "prev_hash mismatch: row before it deleted or edited";
    static final String TAIL_DELETED = "head points past the last row: rows deleted at the end";
    static final String HEAD_MISMATCH = "head hash mismatch: newest row or head edited";
    static final String ROWS_AFTER_HEAD = "rows after the head: rows added outside Custodian";
    static final String HEAD_MISSING = "head row missing: the head was deleted";

    private static final int BATCH = 500;

    private final EntityManagerFactory emf;
    private final Clock clock;

    ChainVerifier(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    AuditVerification verify() {
        Head head = readHead();
        if (head == null) {
            return new AuditVerification(false, 0, null, HEAD_MISSING, 0, "", clock.instant());
        }
        String prev = "";
        long last = 0;
        long checked = 0;
        List<AuditRecordEntity> batch;
        do {
            batch = rowsAfter(last, head.seq());
            for (AuditRecordEntity row : batch) {
                checked++;
                if (!AuditHash.of(row).equals(row.getHash())) {
                    return broken(head, checked, row.getSeq(), HASH_MISMATCH);
                }
                if (!prev.equals(row.getPrevHash())) {
                    return broken(head, checked, row.getSeq(), PREV_MISMATCH);
                }
                prev = row.getHash();
                last = row.getSeq();
            }
        } while (batch.size() == BATCH);
        if (last < head.seq()) {
            return broken(head, checked, last + 1, TAIL_DELETED);
        }
        if (!prev.equals(head.hash())) {
            return broken(head, checked, head.seq(), HEAD_MISMATCH);
        }
        return checkNothingAfterHead(head, checked);
    }

    /**
     * Rows beyond the head. The newest sequence is read before the head again: every committed
     * append moved the head in its own transaction, so only rows inserted behind Custodian's back
     * can lie beyond it.
     */
    private AuditVerification checkNothingAfterHead(Head head, long checked) {
        Long newest = Transactions.read(emf, em ->
                em.createQuery("SELECT MAX(r.seq) FROM AuditRecordEntity r", Long.class).getSingleResult());
        Head now = readHead();
        if (now == null) {
            return broken(head, checked, null, HEAD_MISSING);
        }
        if (newest != null && newest > now.seq()) {
            Long first = Transactions.read(emf, em -> em.createQuery(
                    "SELECT MIN(r.seq) FROM AuditRecordEntity r WHERE r.seq > :head", Long.class)
                    .setParameter("head", now.seq()).getSingleResult());
            return broken(head, checked, first, ROWS_AFTER_HEAD);
        }
        return new AuditVerification(true, checked, null, null, head.seq(), head.hash(), clock.instant());
    }

    private List<AuditRecordEntity> rowsAfter(long seq, long upTo) {
        return Transactions.read(emf, em -> em.createQuery(
                "SELECT r FROM AuditRecordEntity r WHERE r.seq > :after AND r.seq <= :upTo ORDER BY r.seq",
                AuditRecordEntity.class).setParameter("after", seq).setParameter("upTo", upTo)
                .setMaxResults(BATCH).getResultList());
    }

    private Head readHead() {
        return Transactions.read(emf, em -> {
            AuditHeadEntity row = em.find(AuditHeadEntity.class, AuditHeadEntity.ID);
            return row == null ? null : new Head(row.getLastSeq(), row.getLastHash());
        });
    }

    private AuditVerification broken(Head head, long checked, Long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem, head.seq(), head.hash(), clock.instant());
    }

    private record Head(long seq, String hash) {
    }
}
