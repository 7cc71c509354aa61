package io.custodian.scanning.api;

/** How much a scan does with each table, view or file it finds. */
public enum ScanLevel {
    /** Structure only: columns, keys, comments, row estimates. */
    METADATA,
    /** Structure plus column statistics computed inside the source (null share, distinct count, min, max, length). */
    STATISTICS
}
