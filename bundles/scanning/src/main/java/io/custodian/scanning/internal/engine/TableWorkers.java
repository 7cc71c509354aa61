package io.custodian.scanning.internal.engine;

import io.custodian.plugin.api.connector.ConnectorSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workers of one run that store tables, views and files (and take their statistics) while the reading thread
 * goes on enumerating. At most {@value #IN_FLIGHT_PER_WORKER} assets per worker are in flight (queued or being
 * worked on): when they are, {@link #submit} waits, so a fast connector never fills memory with described assets.
 * A worker that needs the source (statistics) opens a session of its own on first use, since a connector session
 * is used by one thread at a time.
 */
final class TableWorkers implements AutoCloseable {

    /** In-flight assets per worker: one being worked on, about four waiting. */
    static final int IN_FLIGHT_PER_WORKER = 5;

    private static final Logger LOG = LoggerFactory.getLogger(TableWorkers.class);
    private static final long SHUTDOWN_MINUTES = 5;

    private final String runId;
    private final RunControl control;
    private final SessionOpener opener;
    private final RunProgress progress;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final ThreadLocal<ConnectorSession> sessions = new ThreadLocal<>();
    private final List<ConnectorSession> opened = new ArrayList<>();

    TableWorkers(String runId, int concurrency, RunControl control, SessionOpener opener, RunProgress progress) {
        this.runId = runId;
        this.control = control;
        this.opener = opener;
        this.progress = progress;
        this.slots = new Semaphore(concurrency * IN_FLIGHT_PER_WORKER);
        this.pool = Executors.newFixedThreadPool(concurrency, threads(runId));
    }

    /**
     * Hands one asset's work to the workers, waiting for a free slot.
     *
     * @return {@code false} when the run was cancelled while waiting; the work was then not taken
     */
    boolean submit(ContainerWork work, Runnable task) throws InterruptedException {
        while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (control.cancelled()) {
                return false;
            }
        }
        work.submitted();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            work.finished(false);
            throw e;
        }
        return true;
    }

    /** The calling worker's own session on the source, opened on first use and closed with the workers. */
    ConnectorSession session() {
        ConnectorSession session = sessions.get();
        if (session == null) {
            progress.enterSource();
            try {
                session = new TimedSession(opener.open(), progress);
            } finally {
                progress.leaveSource();
            }
            sessions.set(session);
            synchronized (opened) {
                opened.add(session);
            }
        }
        return session;
    }

    /** Lets the queued work finish (cancelled work returns at once), then closes the workers' sessions. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(SHUTDOWN_MINUTES, TimeUnit.MINUTES)) {
                LOG.warn("Scan run {}: workers still busy after {} minutes; interrupting them", runId, SHUTDOWN_MINUTES);
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        synchronized (opened) {
            for (ConnectorSession session : opened) {
                try {
                    session.close();
                } catch (RuntimeException e) {
                    LOG.debug("Scan run {}: a worker session could not be closed", runId, e);
                }
            }
            opened.clear();
        }
    }

    private static ThreadFactory threads(String runId) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "custodian-scan-" + runId.substring(0, Math.min(8, runId.length()))
                    + "-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
