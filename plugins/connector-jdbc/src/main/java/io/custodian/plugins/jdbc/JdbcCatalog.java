package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads schemas, tables, views, columns and keys. Work is paged per schema: a schema's table names are listed once
 * when its assets are asked for, and the tables are described only as the stream reaches them, a chunk of
 * {@value #CHUNK_SIZE} at a time with the dialect's bulk queries where it has them
 * ({@link JdbcDialect#describesTablesInBulk()}), else one by one through {@link java.sql.DatabaseMetaData}; so the whole
 * catalog never sits in memory.
 */
public final class JdbcCatalog {

    /** Tables described by one round of bulk queries: few round trips, a bounded chunk in memory. */
    static final int CHUNK_SIZE = 200;

    private final Connection connection;
    private final JdbcDialect dialect;
    private final int chunkSize;
    private final MetaDataDescriber oneByOne;

    /** A catalog reader on an open connection. */
    public JdbcCatalog(Connection connection, JdbcDialect dialect) {
        this(connection, dialect, CHUNK_SIZE);
    }

    /** A catalog reader describing {@code chunkSize} tables per round of bulk queries. */
    JdbcCatalog(Connection connection, JdbcDialect dialect, int chunkSize) {
        this.connection = connection;
        this.dialect = dialect;
        this.chunkSize = chunkSize;
        this.oneByOne = new MetaDataDescriber(connection, dialect);
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

    /** The tables and views of {@code container}'s schema (its last path name), described lazily in listing order. */
    public Stream<DataAsset> assets(Container container) throws SQLException {
        return described(container, tables(container.name()));
    }

    /** The tables and views of {@code container}'s schema named in {@code names}; names not listed are left out. */
    public Stream<DataAsset> assets(Container container, Set<String> names) throws SQLException {
        Set<String> wanted = Set.copyOf(names);
        return described(container, tables(container.name()).stream().filter(table -> wanted.contains(table.name())).toList());
    }

    /**
     * The name, kind and change token of every table and view of {@code container}'s schema, from the dialect's one
     * listing query; only for a dialect that {@link JdbcDialect#listsChangeTokens() lists them}.
     */
    public List<AssetToken> changeTokens(Container container) throws SQLException {
        return dialect.changeTokens(connection, container.name());
    }

    /** The JDBC type code ({@link java.sql.Types}) of each column of one table, by name. */
    public Map<String, Integer> columnTypes(String schema, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, oneByOne.escape(schema), oneByOne.escape(table), "%")) {
            while (rs.next()) {
                types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    /** The schema's tables and views as the driver lists them for the dialect's table types, not yet described. */
    private List<ListedTable> tables(String schema) throws SQLException {
        List<ListedTable> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, oneByOne.escape(schema), "%", dialect.tableTypes())) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                AssetKind kind = type != null && type.toUpperCase().contains("VIEW") ? AssetKind.VIEW : AssetKind.TABLE;
                tables.add(new ListedTable(rs.getString("TABLE_NAME"), kind, rs.getString("REMARKS")));
            }
        }
        return tables;
    }

    private Stream<DataAsset> described(Container container, List<ListedTable> tables) {
        DescribedTables.ChunkReader bulk = dialect.describesTablesInBulk() ? chunk -> describeInBulk(container, chunk) : null;
        DescribedTables assets = new DescribedTables(container, tables, chunkSize, bulk, oneByOne);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(assets, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private List<DataAsset> describeInBulk(Container container, List<ListedTable> chunk) throws SQLException {
        Map<String, TableDescription> descriptions = new LinkedHashMap<>();
        for (ListedTable table : chunk) {
            descriptions.put(table.name(), new TableDescription());
        }
        dialect.describeTables(connection, container.name(), Collections.unmodifiableMap(descriptions));
        return chunk.stream().map(table -> descriptions.get(table.name()).toAsset(container, table)).toList();
    }
}
