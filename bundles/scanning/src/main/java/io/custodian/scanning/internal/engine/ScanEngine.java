package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one scan: opens the source, walks it into the catalog ({@link SourceWalk}) with its workers, and says how it
 * ended. Nothing is removed from the catalog by a run that was cancelled, or below a container whose enumeration
 * failed; catalog writes are one transaction per asset, so a run killed at any point leaves the catalog consistent.
 * Plain Java: the caller supplies the catalog, the way to open sessions, and where errors go.
 */
public final class ScanEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ScanEngine.class);

    private final ScanJob job;
    private final CatalogUpdates catalog;
    private final SessionOpener opener;
    private final RunProgress progress;
    private final RunControl control;
    private final RunErrors errors;

    public ScanEngine(ScanJob job, CatalogUpdates catalog, SessionOpener opener, RunProgress progress, RunControl control,
                      RunErrors errors) {
        this.job = job;
        this.catalog = catalog;
        this.opener = opener;
        this.progress = progress;
        this.control = control;
        this.errors = errors;
    }

    /** Scans; never throws for a problem of the source or the catalog (those end as FAILED or PARTIAL). */
    public ScanOutcome run() {
        ConnectorSession session;
        progress.enterSource();
        try {
            session = new TimedSession(opener.open(), progress);
        } catch (RuntimeException e) {
            return ScanOutcome.failed("The source could not be opened (" + FailureCodes.code(e, RunErrors.SOURCE) + "): "
                    + FailureCodes.message(e));
        } finally {
            progress.leaveSource();
        }
        try (TableWorkers workers = new TableWorkers(job.runId(), job.concurrency(), control, opener, progress)) {
            boolean rootStored = new SourceWalk(job, catalog, session, workers, progress, control, errors).walk();
            if (!rootStored) {
                return ScanOutcome.failed("The catalog could not store the source; nothing was scanned.");
            }
        } catch (InterruptedException e) {
            control.cancel();
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Scan run {} failed unexpectedly", job.runId(), e);
            return ScanOutcome.failed("The scan stopped unexpectedly: " + FailureCodes.message(e));
        } finally {
            close(session);
        }
        return outcome();
    }

    private ScanOutcome outcome() {
        if (control.cancelled()) {
            return new ScanOutcome(ScanStatus.CANCELLED, "The scan was cancelled; nothing was removed from the catalog.");
        }
        ScanCounts counts = progress.counts();
        if (counts.errors() == 0) {
            progress.percent(100);
            return new ScanOutcome(ScanStatus.COMPLETED, null);
        }
        if (counts.containers() == 0 && counts.assetsSeen() == 0) {
            return ScanOutcome.failed("Nothing could be read from the source (" + counts.errors() + " errors; see the run's errors).");
        }
        progress.percent(100);
        return new ScanOutcome(ScanStatus.PARTIAL, counts.errors() + " object(s) failed (see the run's errors); "
                + "nothing was removed from the catalog where they were.");
    }

    private void close(ConnectorSession session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.debug("Scan run {}: the session could not be closed", job.runId(), e);
        }
    }
}
