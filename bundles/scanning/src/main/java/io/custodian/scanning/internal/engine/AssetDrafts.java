package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.ForeignKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a connector reports into catalog drafts with the technical metadata the catalog documents: for a column
 * {@code dataType}, {@code nullable}, {@code defaultValue}, {@code comment}, {@code position}; for a table
 * {@code rowCount}, {@code primaryKey}, {@code foreignKeys}, {@code comment}; for a view also {@code viewDefinition}.
 * Unknown values are left out rather than stored as null.
 */
final class AssetDrafts {

    private final String sourceId;
    private final QualifiedNames names;

    AssetDrafts(long sourceId, QualifiedNames names) {
        this.sourceId = Long.toString(sourceId);
        this.names = names;
    }

    /** The source itself, the root of its assets. */
    AssetDraft source(String sourceName) {
        return new AssetDraft(sourceId, names.namespace(), null, AssetType.SOURCE, sourceName, Map.of(), null);
    }

    /** A database, schema or folder. */
    AssetDraft container(Container container, String qualifiedName, String parentQualifiedName) {
        AssetType type = switch (container.kind()) {
            case DATABASE -> AssetType.DATABASE;
            case SCHEMA -> AssetType.SCHEMA;
            case FOLDER -> AssetType.FOLDER;
        };
        return new AssetDraft(sourceId, qualifiedName, parentQualifiedName, type, container.name(), Map.of(), null);
    }

    /** A table, view or file without its change token, which is decided once its statistics are (or are not) taken. */
    PreparedAsset prepare(DataAsset asset, String qualifiedName, String parentQualifiedName) {
        return new PreparedAsset(asset, qualifiedName, parentQualifiedName, type(asset), technical(asset), columns(asset, qualifiedName));
    }

    private static AssetType type(DataAsset asset) {
        return switch (asset.kind()) {
            case TABLE -> AssetType.TABLE;
            case VIEW -> AssetType.VIEW;
            case FILE -> AssetType.FILE;
        };
    }

    private Map<String, Object> technical(DataAsset asset) {
        Map<String, Object> technical = new LinkedHashMap<>();
        if (asset.rowCount() >= 0) {
            technical.put("rowCount", asset.rowCount());
        }
        if (!asset.primaryKey().isEmpty()) {
            technical.put("primaryKey", asset.primaryKey());
        }
        if (!asset.foreignKeys().isEmpty()) {
            technical.put("foreignKeys", asset.foreignKeys().stream().map(this::foreignKey).toList());
        }
        putIfPresent(technical, "comment", asset.comment());
        putIfPresent(technical, "viewDefinition", asset.viewDefinition());
        return technical;
    }

    private Map<String, Object> foreignKey(ForeignKey key) {
        Map<String, Object> described = new LinkedHashMap<>();
        putIfPresent(described, "name", key.name());
        described.put("columns", key.columns());
        described.put("references", names.qualified(names.datasetName(key.referencedPath())));
        described.put("referencedColumns", key.referencedColumns());
        return described;
    }

    private List<AssetDraft> columns(DataAsset asset, String tableQualifiedName) {
        List<AssetDraft> columns = new ArrayList<>(asset.columns().size());
        for (ColumnInfo column : asset.columns()) {
            Map<String, Object> technical = new LinkedHashMap<>();
            technical.put("dataType", column.dataType());
            technical.put("nullable", column.nullable());
            putIfPresent(technical, "defaultValue", column.defaultValue());
            putIfPresent(technical, "comment", column.comment());
            technical.put("position", column.position());
            columns.add(new AssetDraft(sourceId, QualifiedNames.column(tableQualifiedName, column.name()), tableQualifiedName,
                    AssetType.COLUMN, column.name(), technical, null));
        }
        return columns;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
