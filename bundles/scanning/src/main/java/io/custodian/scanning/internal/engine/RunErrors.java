package io.custodian.scanning.internal.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every failed object of a run and keeps the first {@value #CAP} in the run's error rows, so a source where
 * everything fails cannot flood the database. Thread-safe.
 */
public final class RunErrors {

    /** At most this many error rows per run; the count goes on. */
    public static final int CAP = 1000;

    /** Step code: the catalog could not store or read something. */
    static final String CATALOG = "catalog.write_failed";
    /** Step code: the connector failed in a way it did not diagnose. */
    static final String SOURCE = "scan.source_failed";
    /** An asset the connector listed as changed but then did not describe: it went away during the scan. */
    static final String VANISHED = "scan.asset_vanished";

    private static final Logger LOG = LoggerFactory.getLogger(RunErrors.class);

    private final String runId;
    private final RunProgress progress;
    private final ErrorStore store;

    public RunErrors(String runId, RunProgress progress, ErrorStore store) {
        this.runId = runId;
        this.progress = progress;
        this.store = store;
    }

    /**
     * Records that {@code objectName} failed.
     *
     * @param stepCode the code when the failure carries none of its own ({@link #CATALOG}, {@link #SOURCE})
     */
    void record(String objectName, Throwable failure, String stepCode) {
        record(objectName, FailureCodes.code(failure, stepCode), FailureCodes.message(failure));
    }

    /** Records that {@code objectName} failed for a reason the scan found itself, with no exception behind it. */
    void record(String objectName, String code, String message) {
        long count = progress.error();
        if (count <= CAP) {
            LOG.warn("Scan run {}: {} failed ({}): {}", runId, objectName, code, message);
            try {
                store.save(objectName, code, message);
            } catch (RuntimeException e) {
                LOG.error("Scan run {}: the error of {} could not be stored", runId, objectName, e);
            }
        }
    }
}
