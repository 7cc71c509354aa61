package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetKind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Describes one table at a time through {@link DatabaseMetaData} and the dialect's per-table queries: the portable
 * path, for dialects without bulk queries and for a chunk whose bulk queries failed.
 */
final class MetaDataDescriber {

    private final Connection connection;
    private final JdbcDialect dialect;

    MetaDataDescriber(Connection connection, JdbcDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Columns, keys, view SQL, row estimate and change token of {@code table} in {@code schema}. */
    TableDescription describe(String schema, ListedTable table) throws SQLException {
        TableDescription description = new TableDescription();
        if (table.kind() == AssetKind.VIEW) {
            description.viewDefinition(dialect.viewDefinition(connection, schema, table.name()));
        }
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rs = metaData.getColumns(null, escape(schema), escape(table.name()), "%")) {
            while (rs.next()) {
                description.addColumn(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF"), rs.getString("REMARKS"));
            }
        }
        try (ResultSet rs = metaData.getPrimaryKeys(null, schema, table.name())) {
            while (rs.next()) {
                description.addPrimaryKeyColumn(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        try (ResultSet rs = metaData.getImportedKeys(null, schema, table.name())) {
            while (rs.next()) {
                description.addForeignKeyColumn(rs.getString("FK_NAME"), rs.getString("PKTABLE_SCHEM"), rs.getString("PKTABLE_NAME"),
                        rs.getShort("KEY_SEQ"), rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"));
            }
        }
        description.rowEstimate(dialect.rowEstimate(connection, schema, table.name()));
        description.changeToken(dialect.changeToken(connection, schema, table.name()));
        return description;
    }

    /** Metadata calls take patterns: a name with {@code _} or {@code %} must not match other names. */
    String escape(String name) throws SQLException {
        String escape = connection.getMetaData().getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
