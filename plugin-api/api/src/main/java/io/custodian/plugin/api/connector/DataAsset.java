package io.custodian.plugin.api.connector;

import java.util.List;
import java.util.Objects;

/**
 * A table, view or file with its technical metadata.
 *
 * @param container     where it lives
 * @param name          its name in the container
 * @param kind          table, view or file
 * @param columns       its columns in order
 * @param primaryKey    the primary key's column names in key order, empty if none or unknown
 * @param foreignKeys   references to other assets
 * @param viewDefinition the SQL of a view, or {@code null}
 * @param comment       the source's comment, or {@code null}
 * @param rowCount      the source's row count or estimate, or -1 when unknown
 * @param changeToken   an opaque value that changes whenever structure or content changes (last DDL time,
 *                      modification time, statistics counter), or {@code null} if the source cannot tell;
 *                      see {@link ConnectorCapability#CHANGE_DETECTION}
 */
public record DataAsset(Container container, String name, AssetKind kind, List<ColumnInfo> columns, List<String> primaryKey,
                        List<ForeignKey> foreignKeys, String viewDefinition, String comment, long rowCount, String changeToken) {

    /** Rejects missing identity fields; copies the lists. */
    public DataAsset {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns == null ? List.of() : columns);
        primaryKey = List.copyOf(primaryKey == null ? List.of() : primaryKey);
        foreignKeys = List.copyOf(foreignKeys == null ? List.of() : foreignKeys);
    }
}
