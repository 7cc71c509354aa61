package io.custodian.plugins.mariadb;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.JdbcUrls;
import io.custodian.plugins.jdbc.SchemaQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MariaDB's and MySQL's differences: databases are schemas (system ones hidden, or only the configured one shown),
 * view SQL from {@code information_schema.VIEWS}, row estimates and change tokens from
 * {@code information_schema.TABLES} (all of a database's tokens listed at once by {@link MariaDbTokens}), and vendor
 * error codes. Distinct counts stay exact and samples use the portable
 * LIMIT: neither server has distinct estimates to read or TABLESAMPLE.
 */
final class MariaDbDialect implements JdbcDialect {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "mysql", "performance_schema", "sys");

    /** What the change token digests of each column {@code c} of information_schema.COLUMNS. */
    static final String COLUMN_SIGNATURE = "concat_ws(':', c.ORDINAL_POSITION, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE,"
            + " ifnull(c.COLUMN_DEFAULT, ''))";

    private static final String TABLE_FACTS = "SELECT t.UPDATE_TIME, t.CREATE_TIME, t.TABLE_ROWS,"
            + " (SELECT md5(group_concat(" + COLUMN_SIGNATURE + " ORDER BY c.ORDINAL_POSITION SEPARATOR ','))"
            + "  FROM information_schema.COLUMNS c WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME),"
            + " (SELECT md5(v.VIEW_DEFINITION) FROM information_schema.VIEWS v WHERE v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME)"
            + " FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ?";

    /** Server error codes the portable SQL-state rules cannot tell apart (several share state 42000). */
    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;
    private static final int DATABASE_ACCESS_DENIED = 1044;
    private static final int TABLE_ACCESS_DENIED = 1142;

    private final Optional<String> database;

    /** A dialect showing only {@code database}, or every non-system database when empty. */
    MariaDbDialect(Optional<String> database) {
        this.database = database;
    }

    @Override
    public boolean includeSchema(String schema) {
        return database.map(schema::equals).orElseGet(() -> !SYSTEM_SCHEMAS.contains(schema.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public String viewDefinition(Connection connection, String schema, String view) throws SQLException {
        String definition = SchemaQueries.single(connection,
                "SELECT VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?", schema, view);
        // Without the SHOW VIEW privilege the server returns an empty definition: unknown, not empty SQL.
        return definition == null || definition.isBlank() ? null : definition;
    }

    @Override
    public String textLength(String quotedColumn) {
        return "char_length(cast(" + quotedColumn + " as char))";
    }

    /** TABLE_ROWS is exact for MyISAM/Aria and InnoDB's estimate otherwise; views have none. */
    @Override
    public long rowEstimate(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = SchemaQueries.prepare(connection, TABLE_FACTS, schema, table); ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                return -1;
            }
            long rows = rs.getLong(3);
            return rs.wasNull() ? -1 : rows;
        }
    }

    @Override
    public String changeToken(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = SchemaQueries.prepare(connection, TABLE_FACTS, schema, table); ResultSet rs = query.executeQuery()) {
            return rs.next() ? changeToken(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)) : null;
        }
    }

    /** The token's text, the same from every query: stored tokens of earlier scans must keep matching. */
    static String changeToken(String updated, String created, String rows, String columnsDigest, String viewDigest) {
        return "updated:" + updated + ";created:" + created + ";rows:" + rows + ";columns:" + columnsDigest + ";view:" + viewDigest;
    }

    /** One query of information_schema for the whole database ({@link MariaDbTokens}). */
    @Override
    public boolean listsChangeTokens() {
        return true;
    }

    @Override
    public List<AssetToken> changeTokens(Connection connection, String schema) throws SQLException {
        return MariaDbTokens.of(connection, schema);
    }

    @Override
    public Optional<Diagnosis> vendorDiagnosis(SQLException failure) {
        return switch (failure.getErrorCode()) {
            case ACCESS_DENIED -> Optional.of(Diagnosis.AUTH_FAILED);
            case UNKNOWN_DATABASE -> Optional.of(Diagnosis.DATABASE_MISSING);
            case DATABASE_ACCESS_DENIED, TABLE_ACCESS_DENIED -> Optional.of(Diagnosis.PERMISSION_MISSING);
            default -> Optional.empty();
        };
    }

    /** OpenLineage: {@code mysql://host:port}, for MariaDB as for MySQL. */
    @Override
    public String namespace(String jdbcUrl) {
        String hostAndPort = JdbcUrls.hostAndPort(jdbcUrl, 3306);
        return hostAndPort == null ? null : "mysql://" + hostAndPort;
    }

    /** OpenLineage names MySQL datasets {@code database.table}: the server, our top container, is the namespace. */
    @Override
    public String datasetName(List<String> path) {
        return String.join(".", path.size() > 1 ? path.subList(1, path.size()) : path);
    }
}
