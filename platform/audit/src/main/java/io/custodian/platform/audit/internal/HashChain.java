package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.internal.entity.AuditHeadEntity;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends rows to the hash chain. Every append locks the head row (SELECT ... FOR UPDATE), so
 * appends are serialised across threads and JVMs sharing the database, takes sequence and
 * previous hash from it, and moves it on in the same transaction.
 */
final class HashChain {

    private static final Logger LOG = LoggerFactory.getLogger(HashChain.class);
    private static final int BATCH = 500;

    private final EntityManagerFactory emf;

    HashChain(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Chains and stores the row; its sequence and hashes are set on return. */
    void append(AuditRecordEntity row) {
        Transactions.run(emf, em -> {
            AuditHeadEntity head = lockHead(em);
            row.setSeq(head.getLastSeq() + 1);
            row.setPrevHash(head.getLastHash());
            row.setHash(AuditHash.of(row));
            em.persist(row);
            head.setLastSeq(row.getSeq());
            head.setLastHash(row.getHash());
        });
    }

    /**
     * Chains the rows written before the chain existed (empty hash), in sequence order. Runs only
     * while the head is still empty: once the chain has started, an unchained row is not a
     * legacy row but one written behind Custodian's back, and verification must report it. For
     * the same reason nothing is chained when any row already carries a hash.
     *
     * @return how many rows were chained
     */
    long chainLegacyRows() {
        return Transactions.inTransaction(emf, em -> {
            AuditHeadEntity head = lockHead(em);
            if (head.getLastSeq() != 0 || !head.getLastHash().isEmpty()) {
                return 0L;
            }
            long hashed = em.createQuery("SELECT COUNT(r) FROM AuditRecordEntity r WHERE r.hash <> ''", Long.class)
                    .getSingleResult();
            if (hashed > 0) {
                // An empty head with chained rows means the head was reset: chaining now would hide that.
                LOG.warn("The audit head is empty but {} records are chained; not chaining, run audit verification", hashed);
                return 0L;
            }
            long lastSeq = 0;
            String lastHash = "";
            long chained = 0;
            List<AuditRecordEntity> batch;
            do {
                batch = em.createQuery("SELECT r FROM AuditRecordEntity r WHERE r.seq > :after ORDER BY r.seq",
                        AuditRecordEntity.class).setParameter("after", lastSeq).setMaxResults(BATCH).getResultList();
                for (AuditRecordEntity row : batch) {
                    row.setPrevHash(lastHash);
                    row.setHash(AuditHash.of(row));
                    lastSeq = row.getSeq();
                    lastHash = row.getHash();
                    chained++;
                }
                em.flush();
                em.clear();
            } while (batch.size() == BATCH);
            if (chained > 0) {
                // The clear above detached the head; the row lock is the connection's and still held.
                AuditHeadEntity current = em.find(AuditHeadEntity.class, AuditHeadEntity.ID);
                current.setLastSeq(lastSeq);
                current.setLastHash(lastHash);
                LOG.info("Chained {} audit records written before the hash chain existed", chained);
            }
            return chained;
        });
    }

    private static AuditHeadEntity lockHead(EntityManager em) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit head row is missing; run audit verification");
        }
        return head;
    }
}
