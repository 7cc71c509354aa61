package io.custodian.scanning.api;

/**
 * The events a scan run publishes on the kernel event bus (source {@value #SOURCE}, subject {@code run/<run id>}).
 * Their data holds {@value #RUN_ID}, {@value #DEFINITION_ID}, {@value #SOURCE_ID}, {@value #STATUS},
 * {@value #TRIGGER}, {@value #PERCENT}, {@value #COUNTS} (a map with the members of {@link ScanCounts}),
 * {@value #SOURCE_MILLIS} and {@value #TOTAL_MILLIS}; a finished run's event also {@value #MESSAGE} when it has one.
 * Delivery is in memory and may drop events under load: read the run ({@link ScanRuns#find}) for the truth.
 */
public final class ScanEvents {

    /** The CloudEvents source of every scan event. */
    public static final String SOURCE = "/custodian/scanning";

    /** A run began reading its source. */
    public static final String STARTED = "io.custodian.scanning.scan.started";
    /** A running scan's counts and percent, at most once per second per run. */
    public static final String PROGRESS = "io.custodian.scanning.scan.progress";
    /** A run finished with status {@code COMPLETED} or {@code PARTIAL}. */
    public static final String COMPLETED = "io.custodian.scanning.scan.completed";
    /** A run finished with status {@code FAILED}, or a scheduled start was {@code SKIPPED}. */
    public static final String FAILED = "io.custodian.scanning.scan.failed";
    /** A run was cancelled. */
    public static final String CANCELLED = "io.custodian.scanning.scan.cancelled";

    /** Data member: the run's id. */
    public static final String RUN_ID = "runId";
    /** Data member: the definition's id. */
    public static final String DEFINITION_ID = "definitionId";
    /** Data member: the data source's id. */
    public static final String SOURCE_ID = "sourceId";
    /** Data member: the {@link ScanStatus} name. */
    public static final String STATUS = "status";
    /** Data member: the {@link ScanTrigger} name. */
    public static final String TRIGGER = "trigger";
    /** Data member: estimated progress 0..100. */
    public static final String PERCENT = "percent";
    /** Data member: the counts, a map keyed like the components of {@link ScanCounts}. */
    public static final String COUNTS = "counts";
    /** Data member: time inside connector calls, in milliseconds. */
    public static final String SOURCE_MILLIS = "sourceMillis";
    /** Data member: wall time so far, in milliseconds. */
    public static final String TOTAL_MILLIS = "totalMillis";
    /** Data member: why a run failed or was skipped. */
    public static final String MESSAGE = "message";

    private ScanEvents() {
    }
}
