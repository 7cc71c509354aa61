package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.AuditIntegrity;
import io.custodian.platform.audit.api.AuditPage;
import io.custodian.platform.audit.api.AuditQuery;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditSearch;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.AuditVerification;
import io.custodian.platform.audit.api.ExportFormat;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.persistence.api.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail in the kernel database (tables {@code custodian_audit_record} and
 * {@code custodian_audit_head}): appends to the hash chain, lists, searches, exports and verifies.
 */
@Component(service = {AuditService.class, AuditSearch.class, AuditIntegrity.class})
public class JpaAuditService implements AuditService, AuditSearch, AuditIntegrity {

    static final String VERIFY_ACTION = "audit.verify";
    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditService.class);
    private static final int MAX_LIMIT = 1000;
    // A lock wait that timed out or a serialisation failure is worth another try; a record lost is not.
    private static final int ATTEMPTS = 3;

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final HashChain chain;
    private final AtomicLong failures = new AtomicLong();

    @Activate
    public JpaAuditService(BundleContext context, @Reference SchemaMigrator migrator,
                           @Reference(target = "(osgi.unit.name=custodian-audit)") EntityManagerFactory emf) {
        this(emf, Clock.systemUTC());
        migrator.migrate(context.getBundle(), "audit");
        try {
            chain.chainLegacyRows();
        } catch (RuntimeException e) {
            // Not fatal: without the audit service no bundle that audits could start. Verification reports it.
            LOG.error("Could not chain the audit records written before the hash chain existed", e);
        }
    }

    /** For tests: the schema must be migrated; rows from before the chain are not chained. */
    JpaAuditService(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
        this.chain = new HashChain(emf);
    }

    @Override
    public void record(AuditEvent event) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                chain.append(AuditRecords.toEntity(event, clock));
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    failures.incrementAndGet();
                    LOG.error("Could not append audit record {} by {} on {}", event.action(), event.actor(),
                            event.resource(), e);
                } else {
                    LOG.debug("Audit append attempt {} failed, trying again", attempt, e);
                }
            }
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

    @Override
    public AuditPage search(AuditQuery query) {
        return new AuditFinder(emf).search(query);
    }

    @Override
    public void export(AuditQuery query, ExportFormat format, OutputStream out) throws IOException {
        new AuditExporter(emf).export(query, format, out);
    }

    @Override
    public AuditVerification verify(String actor, Origin origin) {
        AuditVerification result = new ChainVerifier(emf, clock).verify();
        if (!result.intact()) {
            LOG.error("Audit trail broken at seq {}: {}", result.firstBrokenSeq(), result.problem());
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("recordsChecked", Long.toString(result.recordsChecked()));
        details.put("headSeq", Long.toString(result.headSeq()));
        if (!result.intact()) {
            details.put("firstBrokenSeq", String.valueOf(result.firstBrokenSeq()));
            details.put("problem", result.problem());
        }
        record(new AuditEvent(actor, VERIFY_ACTION, "audit:trail", result.intact() ? Outcome.SUCCESS : Outcome.FAILURE,
                origin, details));
        return result;
    }

    /** Records that could not be stored since start. */
    long failures() {
        return failures.get();
    }
}
