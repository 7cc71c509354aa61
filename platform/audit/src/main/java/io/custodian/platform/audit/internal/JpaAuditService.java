package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit trail in the kernel database (table {@code custodian_audit_record}). */
@Component(service = AuditService.class)
public class JpaAuditService implements AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditService.class);
    private static final int MAX_LIMIT = 1000;

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final AtomicLong failures = new AtomicLong();

    @Activate
    public JpaAuditService(BundleContext context, @Reference SchemaMigrator migrator,
                           @Reference(target = "(osgi.unit.name=custodian-audit)") EntityManagerFactory emf) {
        this(emf, Clock.systemUTC());
        migrator.migrate(context.getBundle(), "audit");
    }

    JpaAuditService(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    @Override
    public void record(AuditEvent event) {
        try {
            Transactions.run(emf, em -> em.persist(AuditRecords.toEntity(event, clock)));
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.error("Could not append audit record {} by {} on {}", event.action(), event.actor(), event.resource(), e);
        }
    }

    @Override
    public List<AuditRecord> latest(int limit, String actionOrNull) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return Transactions.read(emf, em -> {
            TypedQuery<AuditRecordEntity> query = actionOrNull == null
                    ? em.createQuery("SELECT r FROM AuditRecordEntity r ORDER BY r.seq DESC", AuditRecordEntity.class)
                    : em.createQuery("SELECT r FROM AuditRecordEntity r WHERE r.action = :action ORDER BY r.seq DESC",
                            AuditRecordEntity.class).setParameter("action", actionOrNull);
            return query.setMaxResults(bounded).getResultList().stream().map(AuditRecords::toRecord).toList();
        });
    }

    /** Records that could not be stored since start. */
    long failures() {
        return failures.get();
    }
}
