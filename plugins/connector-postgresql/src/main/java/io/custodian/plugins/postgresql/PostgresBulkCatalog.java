package io.custodian.plugins.postgresql;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugins.jdbc.TableDescription;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's bulk catalog queries: a chunk of tables of one schema described with four queries of {@code pg_catalog},
 * and every change token of a schema listed with one. Each reproduces what the per-table path gives (pgjdbc 42.7's
 * {@link java.sql.DatabaseMetaData} and {@link PostgresDialect}'s per-table queries), so a bulk scan and a per-table
 * scan see equal assets; where pgjdbc has a quirk, the quirk is reproduced and named here.
 */
final class PostgresBulkCatalog {

    private static final String TABLES_OF_CHUNK = " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace";
    private static final String IN_CHUNK = " n.nspname = ? AND c.relname = ANY (?::name[])";

    /**
     * pgjdbc's TYPE_NAME: the type's own name when its schema is on the search path, else {@code "schema"."type"}
     * (quoted, embedded quotes left as they are); the core types it knows by oid are all in pg_catalog, so they follow
     * the same rule. The serial names are added in {@link #typeName}.
     */
    private static final String COLUMNS = "SELECT c.relname, a.attname,"
            + " CASE WHEN tn.nspname = ANY (pg_catalog.current_schemas(true)) THEN t.typname::text"
            + "  ELSE '\"' || tn.nspname || '\".\"' || t.typname || '\"' END AS type_name,"
            + " a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) AS not_null,"
            + " pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_value, dsc.description"
            + TABLES_OF_CHUNK
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace"
            + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " LEFT JOIN pg_catalog.pg_description dsc ON dsc.objoid = c.oid AND dsc.objsubid = a.attnum"
            + "  AND dsc.classoid = 'pg_catalog.pg_class'::regclass"
            + " WHERE" + IN_CHUNK + " AND c.relkind IN ('r', 'p', 'v', 'f', 'm')"
            + " ORDER BY c.relname, a.attnum";

    /** Like pgjdbc, every column of the primary key's index, INCLUDE columns too. */
    private static final String PRIMARY_KEYS = "SELECT c.relname, k.seq, a.attname"
            + TABLES_OF_CHUNK
            + " JOIN pg_catalog.pg_index i ON i.indrelid = c.oid AND i.indisprimary"
            + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, seq)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum"
            + " WHERE" + IN_CHUNK;

    /**
     * Like pgjdbc, every foreign key constraint of the table backed by an index, including those PostgreSQL derives for
     * each partition of a referenced partitioned table; in getImportedKeys' order: referenced schema and table, then
     * constraint name and position.
     */
    private static final String FOREIGN_KEYS = "SELECT c.relname, con.conname, rn.nspname AS referenced_schema,"
            + " rc.relname AS referenced_table, k.seq, a.attname, ra.attname AS referenced_column"
            + TABLES_OF_CHUNK
            + " JOIN pg_catalog.pg_constraint con ON con.conrelid = c.oid AND con.contype = 'f'"
            + " JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace"
            + " JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid AND ic.relkind IN ('i', 'I')"
            + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, referenced_attnum, seq)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum"
            + " JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid AND ra.attnum = k.referenced_attnum"
            + " WHERE" + IN_CHUNK
            + " ORDER BY c.relname, rn.nspname, rc.relname, con.conname, k.seq";

    /**
     * The counters pg_stat_user_tables shows, read with its own functions: the view computes every relation of the
     * database before a join can pick a few, which made the per-table path slow.
     */
    private static final String CHANGES = "CASE WHEN c.relkind IN ('r', 't', 'm', 'p')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'"
            + " THEN pg_catalog.pg_stat_get_tuples_inserted(c.oid) + pg_catalog.pg_stat_get_tuples_updated(c.oid)"
            + " + pg_catalog.pg_stat_get_tuples_deleted(c.oid) ELSE 0 END";

    private static final String TOKEN_PARTS = CHANGES + " AS changes, c.relfilenode, "
            + PostgresDialect.COLUMNS_DIGEST + " AS columns_digest, " + PostgresDialect.VIEW_DIGEST + " AS view_digest";

    private static final String FACTS = "SELECT c.relname, c.reltuples, " + TOKEN_PARTS + ","
            + " CASE WHEN c.relkind = 'v' THEN pg_catalog.pg_get_viewdef(c.oid) END AS view_definition"
            + TABLES_OF_CHUNK + " WHERE" + IN_CHUNK;

    /** The relations getTables returns for the dialect's TABLE, PARTITIONED TABLE and VIEW types, with pgjdbc's conditions. */
    private static final String TOKENS = "SELECT c.relname, c.relkind, " + TOKEN_PARTS
            + TABLES_OF_CHUNK + " WHERE n.nspname = ? AND ("
            + " c.relkind IN ('r', 'p') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"
            + " OR c.relkind = 'v' AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema')"
            + " ORDER BY c.relname";

    private PostgresBulkCatalog() {
    }

    /** Fills the descriptions of a chunk of tables of {@code schema}, keyed by table name, with four queries. */
    static void describe(Connection connection, String schema, Map<String, TableDescription> tables) throws SQLException {
        Array names = connection.createArrayOf("text", tables.keySet().toArray());
        try {
            forEachRow(connection, COLUMNS, schema, names, rs -> {
                String defaultValue = rs.getString("default_value");
                tables.get(rs.getString("relname")).addColumn(rs.getString("attname"), typeName(rs.getString("type_name"), defaultValue),
                        !rs.getBoolean("not_null"), defaultValue, rs.getString("description"));
            });
            forEachRow(connection, PRIMARY_KEYS, schema, names,
                    rs -> tables.get(rs.getString("relname")).addPrimaryKeyColumn(rs.getInt("seq"), rs.getString("attname")));
            forEachRow(connection, FOREIGN_KEYS, schema, names,
                    rs -> tables.get(rs.getString("relname")).addForeignKeyColumn(rs.getString("conname"), rs.getString("referenced_schema"),
                            rs.getString("referenced_table"), rs.getInt("seq"), rs.getString("attname"), rs.getString("referenced_column")));
            forEachRow(connection, FACTS, schema, names, rs -> {
                TableDescription table = tables.get(rs.getString("relname"));
                table.rowEstimate(PostgresDialect.rowEstimate(rs.getDouble("reltuples")));
                table.changeToken(token(rs));
                table.viewDefinition(rs.getString("view_definition"));
            });
        } finally {
            names.free();
        }
    }

    /** Name, kind and change token of every table and view of {@code schema} the catalog lists, in one query. */
    static List<AssetToken> changeTokens(Connection connection, String schema) throws SQLException {
        List<AssetToken> tokens = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TOKENS)) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    AssetKind kind = "v".equals(rs.getString("relkind")) ? AssetKind.VIEW : AssetKind.TABLE;
                    tokens.add(new AssetToken(rs.getString("relname"), kind, token(rs)));
                }
            }
        }
        return tokens;
    }

    /** pgjdbc names an integer column whose default draws from a sequence by the serial pseudo-type. */
    static String typeName(String typeName, String defaultValue) {
        if (defaultValue == null || !defaultValue.contains("nextval(")) {
            return typeName;
        }
        return switch (typeName) {
            case "int4" -> "serial";
            case "int8" -> "bigserial";
            case "int2" -> "smallserial";
            default -> typeName;
        };
    }

    private static String token(ResultSet rs) throws SQLException {
        return PostgresDialect.changeToken(rs.getLong("changes"), rs.getLong("relfilenode"), rs.getString("columns_digest"),
                rs.getString("view_digest"));
    }

    private static void forEachRow(Connection connection, String sql, String schema, Array names, RowReader reader) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            query.setArray(2, names);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Takes one row of a bulk query. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
