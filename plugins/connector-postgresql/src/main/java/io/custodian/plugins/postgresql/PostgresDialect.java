package io.custodian.plugins.postgresql;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.JdbcUrls;
import io.custodian.plugins.jdbc.SchemaQueries;
import io.custodian.plugins.jdbc.TableDescription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's differences: system schemas hidden, partitioned tables listed, view SQL from {@code pg_views},
 * distinct estimates from {@code pg_stats}, TABLESAMPLE for big tables, change tokens from
 * {@code pg_stat_user_tables}, {@code pg_class} and the columns' definitions, and bulk catalog queries
 * ({@link PostgresBulkCatalog}) that describe a chunk of tables or list a schema's tokens at once.
 */
final class PostgresDialect implements JdbcDialect {

    /** A table is sampled with TABLESAMPLE when it holds more than this many times the rows asked for. */
    private static final int SAMPLING_FACTOR = 10;
    /** TABLESAMPLE SYSTEM picks whole pages: aim for at least this many so a sample is not one page's rows. */
    private static final int MIN_SAMPLED_PAGES = 10;

    private static final String TABLE_SIZE = "SELECT c.reltuples, c.relpages FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relname = ?";

    private static final String DISTINCT_ESTIMATES = "SELECT s.attname, s.n_distinct, c.reltuples FROM pg_stats s"
            + " JOIN pg_namespace n ON n.nspname = s.schemaname JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename"
            + " WHERE s.schemaname = ? AND s.tablename = ? AND s.inherited = (c.relkind = 'p')";

    /** The change token's digest of the columns of relation {@code c}: numbers, names, types and modifiers. */
    static final String COLUMNS_DIGEST = "(SELECT md5(string_agg(a.attnum || ':' || a.attname || ':' || a.atttypid || ':' || a.atttypmod,"
            + " ',' ORDER BY a.attnum)) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)";

    /** The change token's digest of the SQL of view or materialized view {@code c}; empty for other relations. */
    static final String VIEW_DIGEST = "CASE WHEN c.relkind IN ('v', 'm') THEN md5(pg_get_viewdef(c.oid)) ELSE '' END";

    private static final String CHANGE_TOKEN = "SELECT coalesce(s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0), c.relfilenode, "
            + COLUMNS_DIGEST + ", " + VIEW_DIGEST
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid"
            + " WHERE n.nspname = ? AND c.relname = ?";

    @Override
    public boolean includeSchema(String schema) {
        return !schema.equals("pg_catalog") && !schema.equals("information_schema") && !schema.startsWith("pg_toast")
                && !schema.startsWith("pg_temp_");
    }

    @Override
    public String[] tableTypes() {
        return new String[] {"TABLE", "PARTITIONED TABLE", "VIEW"};
    }

    @Override
    public String viewDefinition(Connection connection, String schema, String view) throws SQLException {
        return SchemaQueries.single(connection, "SELECT definition FROM pg_views WHERE schemaname = ? AND viewname = ?", schema, view);
    }

    @Override
    public String textLength(String quotedColumn) {
        return "length(cast(" + quotedColumn + " as text))";
    }

    /** Planner estimates exist only once the table was analyzed; a never-analyzed table gets exact counts. */
    @Override
    public Map<String, Long> approximateDistinct(Connection connection, String schema, String table) throws SQLException {
        Map<String, Long> estimates = new HashMap<>();
        try (PreparedStatement query = SchemaQueries.prepare(connection, DISTINCT_ESTIMATES, schema, table); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                double distinct = rs.getDouble(2);
                double rows = rs.getDouble(3);
                // n_distinct > 0 is a count; < 0 is minus the share of rows, so it scales with the table.
                if (distinct > 0) {
                    estimates.put(rs.getString(1), Math.round(distinct));
                } else if (distinct < 0 && rows >= 0) {
                    estimates.put(rs.getString(1), Math.round(-distinct * rows));
                }
            }
        }
        return estimates;
    }

    /**
     * Big tables: a TABLESAMPLE SYSTEM of about ten times the rows asked for (and at least ten pages), topped up
     * from the start of the table in the rare case the pages drawn hold too few rows. Small tables: LIMIT.
     */
    @Override
    public String sampleQuery(Connection connection, SampleTarget target, int maxRows) throws SQLException {
        double rows;
        double pages;
        try (PreparedStatement query = SchemaQueries.prepare(connection, TABLE_SIZE, target.schema(), target.table()); ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                return JdbcDialect.super.sampleQuery(connection, target, maxRows);
            }
            rows = rs.getDouble(1);
            pages = rs.getDouble(2);
        }
        if (rows <= (double) SAMPLING_FACTOR * maxRows || pages <= 0) {
            return JdbcDialect.super.sampleQuery(connection, target, maxRows);
        }
        double share = Math.max(SAMPLING_FACTOR * (double) maxRows / rows, MIN_SAMPLED_PAGES / pages);
        String percent = String.format(java.util.Locale.ROOT, "%.6f", Math.min(100.0, 100.0 * share));
        String columns = target.columnList();
        return "WITH sampled AS (SELECT " + columns + " FROM " + target.qualifiedTable() + " TABLESAMPLE SYSTEM (" + percent + ") LIMIT "
                + maxRows + ") SELECT * FROM sampled UNION ALL (SELECT " + columns + " FROM " + target.qualifiedTable()
                + " LIMIT greatest(0, " + maxRows + " - (SELECT count(*) FROM sampled)))";
    }

    /**
     * pgjdbc reports "The server does not support SSL" (sslmode require or stricter against a server without TLS) as
     * a rejected connection, SQL state 08004, with no exception of its own to recognise.
     */
    @Override
    public Optional<Diagnosis> vendorDiagnosis(SQLException failure) {
        String message = failure.getMessage();
        return "08004".equals(failure.getSQLState()) && message != null && message.contains("SSL")
                ? Optional.of(Diagnosis.TLS) : Optional.empty();
    }

    @Override
    public long rowEstimate(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = SchemaQueries.prepare(connection, TABLE_SIZE, schema, table); ResultSet rs = query.executeQuery()) {
            return rs.next() ? rowEstimate(rs.getDouble(1)) : -1;
        }
    }

    /** The row estimate from {@code pg_class.reltuples}, which is -1 until the table is first vacuumed or analyzed. */
    static long rowEstimate(double reltuples) {
        return reltuples >= 0 ? Math.round(reltuples) : -1;
    }

    @Override
    public String changeToken(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = SchemaQueries.prepare(connection, CHANGE_TOKEN, schema, table); ResultSet rs = query.executeQuery()) {
            return rs.next() ? changeToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)) : null;
        }
    }

    /** The token's text, the same from every query: stored tokens of earlier scans must keep matching. */
    static String changeToken(long changes, long fileNode, String columnsDigest, String viewDigest) {
        return "rows:" + changes + ";file:" + fileNode + ";columns:" + columnsDigest + ";view:" + viewDigest;
    }

    /** Four pg_catalog queries per chunk instead of about six per table. */
    @Override
    public boolean describesTablesInBulk() {
        return true;
    }

    @Override
    public void describeTables(Connection connection, String schema, Map<String, TableDescription> tables) throws SQLException {
        PostgresBulkCatalog.describe(connection, schema, tables);
    }

    @Override
    public boolean listsChangeTokens() {
        return true;
    }

    @Override
    public List<AssetToken> changeTokens(Connection connection, String schema) throws SQLException {
        return PostgresBulkCatalog.changeTokens(connection, schema);
    }

    /** OpenLineage: {@code postgres://host:port}. */
    @Override
    public String namespace(String jdbcUrl) {
        String hostAndPort = JdbcUrls.hostAndPort(jdbcUrl, 5432);
        return hostAndPort == null ? null : "postgres://" + hostAndPort;
    }
}
