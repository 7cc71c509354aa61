package io.custodian.scanning.api;

/** What started a scan run. */
public enum ScanTrigger {
    /** A user through the REST API. */
    MANUAL,
    /** The definition's cron schedule. */
    SCHEDULE,
    /** A command typed in the Karaf shell. */
    SHELL
}
