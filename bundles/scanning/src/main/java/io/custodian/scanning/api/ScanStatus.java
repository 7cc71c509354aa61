package io.custodian.scanning.api;

/** Where a scan run stands. */
public enum ScanStatus {
    /** Accepted, waiting for a free run slot. */
    QUEUED,
    /** Reading the source now. */
    RUNNING,
    /** Finished without an error; every container was enumerated completely. */
    COMPLETED,
    /** Finished, but some objects failed (see the run's errors); nothing was removed below those objects' parents. */
    PARTIAL,
    /** Could not scan: the source could not be opened, or the server stopped during the scan. */
    FAILED,
    /** Stopped on request before the end; nothing was removed from the catalog. */
    CANCELLED,
    /** A scheduled start that did not run because a run of the same source was still queued or running. */
    SKIPPED;

    /** Whether the run is over (every status but {@link #QUEUED} and {@link #RUNNING}). */
    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
