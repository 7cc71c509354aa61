package io.custodian.catalog.api;

/** What storing a found asset did. */
public enum UpsertOutcome {
    /** It was new. */
    CREATED,
    /** It existed and its technical metadata changed (its history has an entry per change). */
    CHANGED,
    /** It existed unchanged; only its last-seen run moved. */
    UNCHANGED,
    /** It had been tombstoned and is back. */
    RESTORED
}
