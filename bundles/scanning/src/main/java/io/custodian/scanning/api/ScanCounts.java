package io.custodian.scanning.api;

/**
 * What a run found and did so far. Apart from {@code containers} and {@code removed}, the figures count tables, views
 * and files; columns travel with their table.
 *
 * @param containers the databases, schemas and folders seen
 * @param assetsSeen the tables, views and files seen within the definition's scope
 * @param added      tables, views and files that were new to the catalog
 * @param changed    those whose technical metadata (or columns) changed
 * @param unchanged  those without a change: skipped because their change token did not move since the last scan
 *                   (incremental), or stored again with the same description
 * @param removed    catalog entries (tables, views, files, or whole containers with everything below them) tombstoned
 *                   because a complete enumeration of their parent no longer found them
 * @param restored   tombstoned tables, views and files found again
 * @param errors     objects that failed (each is a row in the run's errors, up to a cap)
 */
public record ScanCounts(long containers, long assetsSeen, long added, long changed, long unchanged, long removed,
                         long restored, long errors) {

    /** Nothing yet. */
    public static final ScanCounts NONE = new ScanCounts(0, 0, 0, 0, 0, 0, 0, 0);
}
