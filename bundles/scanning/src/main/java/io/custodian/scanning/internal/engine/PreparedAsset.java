package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.DataAsset;
import java.util.List;
import java.util.Map;

/**
 * A table, view or file ready for a worker: the connector's description (for statistics) and its catalog drafts,
 * all but the change token, which depends on whether the worker's statistics succeed.
 */
record PreparedAsset(DataAsset asset, String qualifiedName, String parentQualifiedName, AssetType type,
                     Map<String, Object> technical, List<AssetDraft> columns) {

    /** The draft of the asset itself with the token to store. */
    AssetDraft draft(String sourceId, String storedToken) {
        return new AssetDraft(sourceId, qualifiedName, parentQualifiedName, type, asset.name(), technical, storedToken);
    }

    /** The names of its columns, in order. */
    List<String> columnNames() {
        return asset.columns().stream().map(ColumnInfo::name).toList();
    }
}
