package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.Diagnosis;
import java.sql.Connection;
import java.sql.SQLException;
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
