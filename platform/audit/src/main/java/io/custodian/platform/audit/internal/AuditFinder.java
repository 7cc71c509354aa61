package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditCursor;
import io.custodian.platform.audit.api.AuditPage;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.util.List;
import javax.persistence.EntityManagerFactory;

/** Pages of matching records, newest first, by keyset on the sequence (stable while records are appended). */
final class AuditFinder {

    private final EntityManagerFactory emf;

    AuditFinder(EntityManagerFactory emf) {
        this.emf = emf;
    }

    AuditPage search(AuditQuery query) {
        AuditFilter filter = new AuditFilter(query);
        Long below = query.after() == null ? null : query.after().sequence();
        // One more than asked: whether it exists says if there is a next page.
        List<AuditRecordEntity> rows = Transactions.read(emf, em ->
                filter.newestBelow(em, below).setMaxResults(query.limit() + 1).getResultList());
        boolean more = rows.size() > query.limit();
        List<AuditRecord> items = rows.stream().limit(query.limit()).map(AuditRecords::toRecord).toList();
        AuditCursor next = more ? new AuditCursor(items.get(items.size() - 1).sequence()) : null;
        return new AuditPage(items, next);
    }
}
