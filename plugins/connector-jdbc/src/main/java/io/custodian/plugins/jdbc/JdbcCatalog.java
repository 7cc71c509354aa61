package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.ForeignKey;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads schemas, tables, views, columns and keys through {@link DatabaseMetaData}. Work is paged per schema:
 * a schema's table names are read when its assets are asked for, and each table's columns and keys only
 * when the stream reaches it, so the whole catalog never sits in memory.
 */
public final class JdbcCatalog {

    private final Connection connection;
    private final JdbcDialect dialect;

    /** A catalog reader on an open connection. */
    public JdbcCatalog(Connection connection, JdbcDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The schemas of the connected database the dialect shows, in the database's order. */
    public List<String> schemas() throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (dialect.includeSchema(schema)) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    /** The tables and views of {@code container}'s schema (its last path name), described lazily one by one. */
    public Stream<DataAsset> assets(Container container) throws SQLException {
        String schema = container.name();
        List<TableName> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, escape(schema), "%", dialect.tableTypes())) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                AssetKind kind = type != null && type.toUpperCase().contains("VIEW") ? AssetKind.VIEW : AssetKind.TABLE;
                names.add(new TableName(rs.getString("TABLE_NAME"), kind, rs.getString("REMARKS")));
            }
        }
        return names.stream().map(name -> JdbcFailures.unchecked(() -> describe(container, name)));
    }

    private DataAsset describe(Container container, TableName table) throws SQLException {
        String schema = container.name();
        String view = table.kind() == AssetKind.VIEW ? dialect.viewDefinition(connection, schema, table.name()) : null;
        return new DataAsset(container, table.name(), table.kind(), columns(schema, table.name()),
                primaryKey(schema, table.name()), foreignKeys(container, table.name()), view, blankToNull(table.remarks()),
                dialect.rowEstimate(connection, schema, table.name()), dialect.changeToken(connection, schema, table.name()));
    }

    /** The columns of one table, numbered 1..n in the database's order. */
    public List<ColumnInfo> columns(String schema, String table) throws SQLException {
        List<ColumnInfo> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, escape(schema), escape(table), "%")) {
            while (rs.next()) {
                columns.add(new ColumnInfo(rs.getString("COLUMN_NAME"), columns.size() + 1, typeName(rs),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF"),
                        blankToNull(rs.getString("REMARKS"))));
            }
        }
        return columns;
    }

    /** The JDBC type code ({@link java.sql.Types}) of each column of one table, by name. */
    public Map<String, Integer> columnTypes(String schema, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, escape(schema), escape(table), "%")) {
            while (rs.next()) {
                types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    private List<String> primaryKey(String schema, String table) throws SQLException {
        Map<Short, String> bySequence = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(bySequence.values());
    }

    private List<ForeignKey> foreignKeys(Container container, String table) throws SQLException {
        Map<String, KeyBuilder> keys = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getImportedKeys(null, container.name(), table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String referencedSchema = rs.getString("PKTABLE_SCHEM");
                String referencedTable = rs.getString("PKTABLE_NAME");
                String id = name != null ? name : referencedSchema + "." + referencedTable;
                KeyBuilder key = keys.computeIfAbsent(id, k -> new KeyBuilder(name, referencedPath(container, referencedSchema, referencedTable)));
                key.add(rs.getShort("KEY_SEQ"), rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"));
            }
        }
        return keys.values().stream().map(KeyBuilder::build).toList();
    }

    private static List<String> referencedPath(Container container, String schema, String table) {
        List<String> path = new ArrayList<>(container.path().subList(0, container.path().size() - 1));
        path.add(schema);
        path.add(table);
        return path;
    }

    private static String typeName(ResultSet rs) throws SQLException {
        String name = rs.getString("TYPE_NAME");
        return name == null ? "unknown" : name;
    }

    /** Metadata calls take patterns: a name with {@code _} or {@code %} must not match other names. */
    private String escape(String name) throws SQLException {
        String escape = connection.getMetaData().getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record TableName(String name, AssetKind kind, String remarks) {
    }

    /** Collects one foreign key's column pairs in key order. */
    private static final class KeyBuilder {
        private final String name;
        private final List<String> referencedPath;
        private final Map<Short, String[]> pairs = new TreeMap<>();

        KeyBuilder(String name, List<String> referencedPath) {
            this.name = name;
            this.referencedPath = referencedPath;
        }

        void add(short sequence, String column, String referenced) {
            pairs.put(sequence, new String[] {column, referenced});
        }

        ForeignKey build() {
            List<String> columns = pairs.values().stream().map(p -> p[0]).toList();
            List<String> referenced = pairs.values().stream().map(p -> p[1]).toList();
            return new ForeignKey(name, columns, referencedPath, referenced);
        }
    }
}
