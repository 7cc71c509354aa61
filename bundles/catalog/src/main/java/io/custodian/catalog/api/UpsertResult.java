package io.custodian.catalog.api;

/**
 * The outcome of storing one asset and, for a table, view or file, its columns.
 *
 * @param assetId        the stored asset's id
 * @param qualifiedName  its qualified name
 * @param outcome        what happened to the asset itself
 * @param columnsAdded   columns that were new (or restored)
 * @param columnsChanged columns whose metadata changed
 * @param columnsRemoved columns no longer there, now tombstoned
 */
public record UpsertResult(long assetId, String qualifiedName, UpsertOutcome outcome,
                           int columnsAdded, int columnsChanged, int columnsRemoved) {

    /** A result for an asset without columns. */
    public static UpsertResult of(long assetId, String qualifiedName, UpsertOutcome outcome) {
        return new UpsertResult(assetId, qualifiedName, outcome, 0, 0, 0);
    }
}
