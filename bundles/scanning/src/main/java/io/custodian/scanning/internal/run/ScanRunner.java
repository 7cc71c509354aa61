package io.custodian.scanning.internal.run;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.ScanningErrorCode;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scans on a bounded pool ({@code maxConcurrentRuns} at a time; later runs wait as {@code QUEUED}) and keeps
 * this node's queued and running runs. One data source is scanned by one run at a time, on any node: two runs of the
 * same source would each take the other's findings for deletions.
 */
public final class ScanRunner implements AutoCloseable {

    /** The message of runs this node lost (recorded at the next start). */
    public static final String INTERRUPTED = "interrupted: the server stopped during the scan; nothing was removed from "
            + "the catalog, and the next run completes it.";

    private static final Logger LOG = LoggerFactory.getLogger(ScanRunner.class);
    private static final long SHUTDOWN_SECONDS = 30;

    private final RunStore runs;
    private final DataSourceService sources;
    private final CatalogUpdates catalog;
    private final RunEvents events;
    private final AuditService audit;
    private final Clock clock;
    private final String nodeId;
    private final ThreadPoolExecutor pool;
    private final Map<String, ActiveRun> active = new ConcurrentHashMap<>();

    public ScanRunner(RunStore runs, DataSourceService sources, CatalogUpdates catalog, RunEvents events, AuditService audit,
                      Clock clock, String nodeId, int maxConcurrentRuns) {
        this.runs = runs;
        this.sources = sources;
        this.catalog = catalog;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.nodeId = nodeId;
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(maxConcurrentRuns, maxConcurrentRuns, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "custodian-scan-run-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** This node's id, recorded on its runs. */
    public String nodeId() {
        return nodeId;
    }

    /** Marks the runs this node lost (it stopped or crashed while they ran) failed; answers how many. */
    public int recoverInterrupted() {
        return runs.failInterrupted(nodeId, clock.instant(), INTERRUPTED);
    }

    /**
     * Queues a run of {@code definition}.
     *
     * @throws CustodianException {@link ScanningErrorCode#SOURCE_BUSY} when its source is being scanned
     */
    public synchronized ScanRun start(ScanDefinition definition, ScanTrigger trigger, String requestedBy) {
        Optional<String> busy = runs.activeRunOfSource(definition.sourceId());
        if (busy.isPresent()) {
            throw new CustodianException(ScanningErrorCode.SOURCE_BUSY, "The data source " + definition.sourceId()
                    + " is being scanned by run " + busy.get() + "; wait for it or cancel it.", Map.of("runId", busy.get()));
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        runs.insert(id, definition.id(), definition.sourceId(), ScanStatus.QUEUED, trigger, requestedBy, nodeId, now, null);
        ActiveRun run = new ActiveRun(id, definition, trigger, requestedBy, nodeId, now);
        active.put(id, run);
        pool.execute(new RunExecution(run, this, runs, sources, catalog, events, audit, clock));
        return run.view();
    }

    /**
     * Queues a scheduled run of {@code definition}, or, when its source is being scanned, records the start as a
     * {@code SKIPPED} run: one decision under the same lock as {@link #start}.
     */
    public synchronized ScanRun startOrSkip(ScanDefinition definition, String requestedBy) {
        Optional<String> busy = runs.activeRunOfSource(definition.sourceId());
        if (busy.isEmpty()) {
            return start(definition, ScanTrigger.SCHEDULE, requestedBy);
        }
        ScanRun skipped = runs.insert(UUID.randomUUID().toString(), definition.id(), definition.sourceId(), ScanStatus.SKIPPED,
                ScanTrigger.SCHEDULE, requestedBy, nodeId, clock.instant(),
                "Skipped: run " + busy.get() + " of the same data source was still queued or running.");
        events.finished(skipped);
        return skipped;
    }

    /** A run this node has queued or is running. */
    public Optional<ActiveRunHandle> active(String runId) {
        return Optional.ofNullable(active.get(runId)).map(ActiveRunHandle::new);
    }

    /** The live view of every run this node has queued or running. */
    public List<ScanRun> activeRuns() {
        return active.values().stream().map(ActiveRun::view).toList();
    }

    Collection<ActiveRun> activeRunsInternal() {
        return active.values();
    }

    /** Changes how many runs go at once; queued runs start when a slot frees. */
    public void resize(int maxConcurrentRuns) {
        if (maxConcurrentRuns > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(maxConcurrentRuns);
            pool.setCorePoolSize(maxConcurrentRuns);
        } else {
            pool.setCorePoolSize(maxConcurrentRuns);
            pool.setMaximumPoolSize(maxConcurrentRuns);
        }
    }

    void ended(ActiveRun run, ScanRun last) {
        active.remove(run.id());
        run.finished().complete(last);
    }

    /** Cancels every run of this node and waits a while for them to record how they ended. */
    @Override
    public void close() {
        active.values().forEach(run -> run.cancel("system (the scanning service stopped)"));
        pool.shutdown();
        try {
            if (!pool.awaitTermination(SHUTDOWN_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Scan runs {} did not stop within {} s; they are marked failed at the next start",
                        active.keySet(), SHUTDOWN_SECONDS);
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
