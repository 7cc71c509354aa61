package io.custodian.catalog.internal.rest;

import io.custodian.catalog.api.SchemaChange;
import java.util.List;

/**
 * Answer of {@code GET /catalog/assets/{id}/history}.
 *
 * @param assetId the asset asked about
 * @param items   its changes, oldest first; for a table, view or file its columns' changes too
 */
public record HistoryView(long assetId, List<SchemaChange> items) {
}
