package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.datasources.internal.store.StoredSource;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests every source at a fixed delay on one thread of its own, so checks never overlap and a slow source delays
 * the next round rather than piling rounds up. Each connector call is bounded by the plugin host's time limit.
 */
public final class HealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
    /** The first round comes at most this long after start, so a restart does not wait a whole interval. */
    private static final Duration FIRST_ROUND_AT_MOST = Duration.ofMinutes(1);

    private final DataSourceStore store;
    private final SourceConnections connections;
    private final ScheduledExecutorService thread;
    private ScheduledFuture<?> rounds;
    private volatile boolean closed;

    public HealthMonitor(DataSourceStore store, SourceConnections connections) {
        this.store = store;
        this.connections = connections;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, "custodian-datasource-health");
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Checks every {@code interval} from now on; zero stops the checks. */
    public synchronized void schedule(Duration interval) {
        if (rounds != null) {
            rounds.cancel(false);
            rounds = null;
        }
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("Scheduled health checks of data sources are off");
            return;
        }
        long first = Math.min(interval.toMillis(), FIRST_ROUND_AT_MOST.toMillis());
        rounds = thread.scheduleWithFixedDelay(this::checkAllQuietly, first, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether checks are scheduled. */
    public synchronized boolean scheduled() {
        return rounds != null;
    }

    /** Checks every source now, on the caller's thread; answers how many were checked. */
    public int checkAll() {
        int checked = 0;
        for (StoredSource source : store.list()) {
            if (closed) {
                break;
            }
            try {
                connections.check(source);
                checked++;
            } catch (RuntimeException e) {
                LOG.warn("The health check of data source {} failed: {}", source.id(), e.getClass().getName());
            }
        }
        return checked;
    }

    private void checkAllQuietly() {
        try {
            checkAll();
        } catch (RuntimeException e) {
            // A failing round (database away) must not end the schedule.
            LOG.warn("A round of data source health checks failed", e);
        }
    }

    /**
     * Stops the checks: the source being checked is finished (an interrupted test would be recorded as a failure and
     * announce a false outage), the rest of the round skipped. Waits at most 30 s; the round must not outlive the
     * database.
     */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("A data source health check did not finish within 30 s; interrupting it");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
