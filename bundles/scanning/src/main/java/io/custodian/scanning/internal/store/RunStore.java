package io.custodian.scanning.internal.store;

import static io.custodian.platform.persistence.api.JpaTimestamps.toDate;

import io.custodian.platform.persistence.api.Transactions;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.entity.ScanRunEntity;
import io.custodian.scanning.internal.entity.ScanRunErrorEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

/** Scan runs and their errors in the kernel database. Each method is one transaction. Thread-safe. */
public final class RunStore {

    private static final List<String> ACTIVE = List.of(ScanStatus.QUEUED.name(), ScanStatus.RUNNING.name());
    private static final int MAX_TEXT = 2000;

    private final EntityManagerFactory emf;

    /** A store on an already migrated database. */
    public RunStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Records a new run (queued, or a skipped scheduled start that is over at once). */
    public ScanRun insert(String id, long definitionId, long sourceId, ScanStatus status, ScanTrigger trigger,
                          String requestedBy, String nodeId, Instant queuedAt, String message) {
        return Transactions.inTransaction(emf, em -> {
            ScanRunEntity entity = new ScanRunEntity(id, definitionId, sourceId, status.name(), trigger.name(),
                    clip(requestedBy), clip(nodeId), queuedAt);
            if (status.finished()) {
                entity.setFinishedAt(queuedAt);
            }
            entity.setMessage(clip(message));
            em.persist(entity);
            return view(entity);
        });
    }

    public void markRunning(String id, Instant startedAt) {
        Transactions.run(emf, em -> {
            ScanRunEntity entity = em.find(ScanRunEntity.class, id);
            if (entity != null) {
                entity.setStatus(ScanStatus.RUNNING.name());
                entity.setStartedAt(startedAt);
            }
        });
    }

    /** Stores a running run's figures. */
    public void report(String id, RunFigures figures) {
        Transactions.run(emf, em -> {
            ScanRunEntity entity = em.find(ScanRunEntity.class, id);
            if (entity != null) {
                write(entity, figures);
            }
        });
    }

    /** Stores how a run ended (reading nothing any more); answers the final run. */
    public Optional<ScanRun> finish(String id, ScanStatus status, String message, RunFigures figures, Instant finishedAt) {
        RunFigures last = new RunFigures(figures.counts(), figures.sourceMillis(), figures.totalMillis(), figures.percent(), null);
        return Transactions.inTransaction(emf, em -> Optional.ofNullable(em.find(ScanRunEntity.class, id)).map(entity -> {
            write(entity, last);
            entity.setStatus(status.name());
            entity.setMessage(clip(message));
            entity.setFinishedAt(finishedAt);
            return view(entity);
        }));
    }

    public Optional<ScanRun> find(String id) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(ScanRunEntity.class, id)).map(RunStore::view));
    }

    /** A queued or running run of the source, on any node. */
    public Optional<String> activeRunOfSource(long sourceId) {
        return Transactions.read(emf, em -> em.createQuery(
                "SELECT r.id FROM ScanRunEntity r WHERE r.sourceId = :source AND r.status IN :active", String.class)
                .setParameter("source", sourceId).setParameter("active", ACTIVE).setMaxResults(1).getResultList()
                .stream().findFirst());
    }

    /** A queued or running run of the definition, on any node. */
    public Optional<String> activeRunOfDefinition(long definitionId) {
        return Transactions.read(emf, em -> em.createQuery(
                "SELECT r.id FROM ScanRunEntity r WHERE r.definitionId = :definition AND r.status IN :active", String.class)
                .setParameter("definition", definitionId).setParameter("active", ACTIVE).setMaxResults(1).getResultList()
                .stream().findFirst());
    }

    /** One page of runs, newest first. */
    public RunPage page(RunQuery query) {
        RunCursor after = query.after() == null ? null : RunCursor.parse(query.after());
        return Transactions.read(emf, em -> {
            List<ScanRunEntity> rows = select(em, query, after).setMaxResults(query.limit() + 1).getResultList();
            boolean more = rows.size() > query.limit();
            List<ScanRunEntity> page = more ? rows.subList(0, query.limit()) : rows;
            String next = more ? RunCursor.of(page.get(page.size() - 1)).text() : null;
            return new RunPage(page.stream().map(RunStore::view).toList(), next);
        });
    }

    /**
     * Marks every queued or running run of {@code nodeId} failed: at bundle start these are runs the server lost
     * (a crash, a kill). Answers how many there were.
     */
    public int failInterrupted(String nodeId, Instant now, String message) {
        return Transactions.inTransaction(emf, em -> {
            List<ScanRunEntity> lost = em.createQuery(
                    "SELECT r FROM ScanRunEntity r WHERE r.nodeId = :node AND r.status IN :active", ScanRunEntity.class)
                    .setParameter("node", nodeId).setParameter("active", ACTIVE).getResultList();
            for (ScanRunEntity run : lost) {
                run.setStatus(ScanStatus.FAILED.name());
                run.setMessage(message);
                run.setFinishedAt(now);
                run.report(run.getContainers(), run.getAssetsSeen(), run.getAdded(), run.getChanged(), run.getUnchanged(),
                        run.getRemoved(), run.getRestored(), run.getErrors(), run.getSourceMillis(), run.getTotalMillis(),
                        run.getPercent(), null);
            }
            return lost.size();
        });
    }

    public void saveError(String runId, String objectName, String code, String message, Instant at) {
        Transactions.run(emf, em -> em.persist(new ScanRunErrorEntity(runId, clip(objectName), code, clip(message), at)));
    }

    /** The stored errors of a run, in the order they happened. */
    public List<RunError> errors(String runId) {
        return Transactions.read(emf, em -> em.createQuery(
                "SELECT e FROM ScanRunErrorEntity e WHERE e.runId = :run ORDER BY e.id", ScanRunErrorEntity.class)
                .setParameter("run", runId).getResultList().stream()
                .map(e -> new RunError(e.getObjectName(), e.getCode(), e.getMessage(), e.getOccurredAt())).toList());
    }

    private static TypedQuery<ScanRunEntity> select(EntityManager em, RunQuery query, RunCursor after) {
        List<String> conditions = new ArrayList<>();
        if (query.definitionId() != null) {
            conditions.add("r.definitionId = :definition");
        }
        if (query.sourceId() != null) {
            conditions.add("r.sourceId = :source");
        }
        if (query.status() != null) {
            conditions.add("r.status = :status");
        }
        if (after != null) {
            conditions.add("(r.queuedAt < :at OR (r.queuedAt = :at AND r.id < :id))");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<ScanRunEntity> select = em.createQuery("SELECT r FROM ScanRunEntity r" + where
                + " ORDER BY r.queuedAt DESC, r.id DESC", ScanRunEntity.class);
        if (query.definitionId() != null) {
            select.setParameter("definition", query.definitionId());
        }
        if (query.sourceId() != null) {
            select.setParameter("source", query.sourceId());
        }
        if (query.status() != null) {
            select.setParameter("status", query.status().name());
        }
        if (after != null) {
            select.setParameter("at", toDate(after.queuedAt()));
            select.setParameter("id", after.id());
        }
        return select;
    }

    private static void write(ScanRunEntity entity, RunFigures figures) {
        ScanCounts c = figures.counts();
        entity.report(c.containers(), c.assetsSeen(), c.added(), c.changed(), c.unchanged(), c.removed(), c.restored(),
                c.errors(), figures.sourceMillis(), figures.totalMillis(), figures.percent(), clip(figures.currentObject()));
    }

    static ScanRun view(ScanRunEntity e) {
        ScanCounts counts = new ScanCounts(e.getContainers(), e.getAssetsSeen(), e.getAdded(), e.getChanged(), e.getUnchanged(),
                e.getRemoved(), e.getRestored(), e.getErrors());
        return new ScanRun(e.getId(), e.getDefinitionId(), e.getSourceId(), ScanStatus.valueOf(e.getStatus()),
                ScanTrigger.valueOf(e.getTrigger()), e.getRequestedBy(), e.getNodeId(), e.getQueuedAt(), e.getStartedAt(),
                e.getFinishedAt(), counts, e.getSourceMillis(), e.getTotalMillis(), e.getPercent(), e.getCurrentObject(),
                e.getMessage());
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
