package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.Diagnosis;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between databases. Every method has a portable default, so a dialect overrides only
 * what its database does differently or better.
 */
public interface JdbcDialect {

    /** Whether a schema is shown to users; system schemas are not. */
    default boolean includeSchema(String schema) {
        return !"INFORMATION_SCHEMA".equalsIgnoreCase(schema);
    }

    /** The table types passed to {@link java.sql.DatabaseMetaData#getTables}; a type containing VIEW becomes a view. */
    default String[] tableTypes() {
        return new String[] {"TABLE", "BASE TABLE", "VIEW"};
    }

    /** The SQL of a view, or {@code null} when the database does not tell. */
    default String viewDefinition(Connection connection, String schema, String view) throws SQLException {
        return null;
    }

    /** An expression giving the length of the text form of a (quoted) column. */
    default String textLength(String quotedColumn) {
        return "length(cast(" + quotedColumn + " as varchar))";
    }

    /**
     * Distinct counts the database already estimated, by column name, for a table; columns missing from
     * the map get an exact {@code count(distinct)}. Default: none.
     */
    default Map<String, Long> approximateDistinct(Connection connection, String schema, String table) throws SQLException {
        return Map.of();
    }

    /**
     * The query returning at most {@code maxRows} rows of {@code columnList} from {@code qualifiedTable}.
     * Default: {@code SELECT cols FROM t LIMIT n}.
     */
    default String sampleQuery(Connection connection, SampleTarget target, int maxRows) throws SQLException {
        return "SELECT " + target.columnList() + " FROM " + target.qualifiedTable() + " LIMIT " + maxRows;
    }

    /** The source's row estimate for a table without reading it, or -1 when unknown. */
    default long rowEstimate(Connection connection, String schema, String table) throws SQLException {
        return -1;
    }

    /** An opaque value that changes when the table's content or structure changes, or {@code null}. */
    default String changeToken(Connection connection, String schema, String table) throws SQLException {
        return null;
    }

    /**
     * Whether {@link #describeTables} is implemented. Then the catalog describes a schema's tables in chunks of a few
     * hundred, each with that method's handful of queries; otherwise (the default) table by table through
     * {@link java.sql.DatabaseMetaData} and the per-table methods above.
     */
    default boolean describesTablesInBulk() {
        return false;
    }

    /**
     * Describes a chunk of tables and views of one schema with a fixed number of queries, however many tables the
     * chunk holds: each table's columns (name, type name, nullability, default, comment, in order), primary key
     * columns, foreign key column pairs, view SQL, row estimate and change token, fed to its {@link TableDescription}.
     * The result must equal what the per-table path reads for the same table (the driver's
     * {@link java.sql.DatabaseMetaData} answers and this dialect's per-table methods), fed row by row in the same
     * order. A name whose table is gone is left undescribed.
     *
     * @param tables one empty description per table name, in listing order; the map itself must not be changed
     */
    default void describeTables(Connection connection, String schema, Map<String, TableDescription> tables) throws SQLException {
        throw new UnsupportedOperationException("this dialect describes tables one by one");
    }

    /**
     * Whether {@link #changeTokens} is implemented. Otherwise (the default) a session reads change tokens by describing
     * every table, which is correct but saves nothing.
     */
    default boolean listsChangeTokens() {
        return false;
    }

    /**
     * The name, kind and change token of every table and view of {@code schema} the catalog lists (the tables
     * {@link java.sql.DatabaseMetaData#getTables} returns for {@link #tableTypes()}), from one query of the database's
     * catalog. Each token equals what {@link #changeToken} gives for that table; the order is free.
     */
    default List<AssetToken> changeTokens(Connection connection, String schema) throws SQLException {
        throw new UnsupportedOperationException("this dialect has no listing of change tokens");
    }

    /**
     * The OpenLineage namespace of the database a connection with this JDBC URL reads ({@code postgres://host:5432}),
     * or {@code null} when the dialect cannot tell.
     */
    default String namespace(String jdbcUrl) {
        return null;
    }

    /** The OpenLineage dataset name of a container path followed by a table name: all names joined with {@code .}. */
    default String datasetName(List<String> path) {
        return String.join(".", path);
    }

    /** A diagnosis from a vendor error code the portable rules do not know (an unknown database, say). */
    default Optional<Diagnosis> vendorDiagnosis(java.sql.SQLException failure) {
        return Optional.empty();
    }

    /**
     * What a sample query reads.
     *
     * @param schema         the table's schema
     * @param table          the table's name
     * @param qualifiedTable the quoted schema-qualified name, ready for SQL
     * @param columnList     the quoted column names joined by commas
     */
    record SampleTarget(String schema, String table, String qualifiedTable, String columnList) {
    }
}
