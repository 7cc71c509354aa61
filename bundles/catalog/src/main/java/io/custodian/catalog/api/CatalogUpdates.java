package io.custodian.catalog.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How a scan writes the catalog. Every method is one transaction, so a scan that dies between two calls
 * leaves the catalog consistent: assets stored so far are complete, nothing is ever removed except by
 * {@link #tombstoneUnseen}, which a scan calls only for parents it enumerated completely and without
 * errors. Publishes {@code asset.created}, {@code asset.changed} and {@code asset.removed} events for
 * assets other than columns (column changes travel in their table's event). Thread-safe.
 */
@ProviderType
public interface CatalogUpdates {

    /** Stores a source, database, schema or folder; marks it seen by {@code runId}. */
    UpsertResult upsert(String runId, AssetDraft draft);

    /**
     * Stores a table, view or file with all its columns, marks them seen by {@code runId}, records each difference
     * in the history and tombstones columns that are no longer there (a described table lists all its columns).
     */
    UpsertResult upsertWithColumns(String runId, AssetDraft asset, List<AssetDraft> columns);

    /**
     * Marks unchanged assets (skipped by an incremental scan) as seen by {@code runId}; their live columns are seen
     * with them (a column reports its table's last sighting when that is later than its own).
     */
    void markSeen(String runId, String sourceId, Collection<String> qualifiedNames);

    /**
     * Stores the latest profile of a table's columns.
     *
     * @param tableQualifiedName the table
     * @param tableProfile       table-level figures ({@code rowCount})
     * @param columnProfiles     by column name
     */
    void recordProfile(String sourceId, String tableQualifiedName, Map<String, Object> tableProfile,
                       Map<String, Map<String, Object>> columnProfiles);

    /** The change tokens of the live direct children of a parent, by qualified name (children without a token are absent). */
    Map<String, String> changeTokens(String sourceId, String parentQualifiedName);

    /**
     * Tombstones the live direct children of a parent that {@code runId} did not see, with all their descendants.
     * Call it only after enumerating the parent completely and without errors.
     *
     * @return the qualified names tombstoned (children only, not their descendants)
     */
    List<String> tombstoneUnseen(String runId, String sourceId, String parentQualifiedName);
}
