package io.custodian.plugins.h2;

import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.SchemaQueries;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** H2's differences: view SQL and row estimates from INFORMATION_SCHEMA, and its "database not found" codes. */
final class H2Dialect implements JdbcDialect {

    /** H2's DATABASE_NOT_FOUND_1 and DATABASE_NOT_FOUND_WITH_IF_EXISTS_1. */
    private static final int DATABASE_NOT_FOUND = 90013;
    private static final int DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;

    @Override
    public String[] tableTypes() {
        return new String[] {"BASE TABLE", "TABLE", "VIEW"};
    }

    @Override
    public String viewDefinition(Connection connection, String schema, String view) throws SQLException {
        return SchemaQueries.single(connection, "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
                schema, view);
    }

    @Override
    public long rowEstimate(Connection connection, String schema, String table) throws SQLException {
        String estimate = SchemaQueries.single(connection, "SELECT ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
                schema, table);
        return estimate == null ? -1 : Long.parseLong(estimate);
    }

    @Override
    public Optional<Diagnosis> vendorDiagnosis(SQLException failure) {
        int code = failure.getErrorCode();
        return code == DATABASE_NOT_FOUND || code == DATABASE_NOT_FOUND_WITH_IF_EXISTS
                ? Optional.of(Diagnosis.DATABASE_MISSING) : Optional.empty();
    }

    /**
     * OpenLineage has no H2 convention; {@code h2:} followed by the URL's database part ({@code h2:file:/data/sales},
     * {@code h2:tcp://host:9092/sales}), without options.
     */
    @Override
    public String namespace(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return null;
        }
        int options = jdbcUrl.indexOf(';');
        return "h2:" + (options < 0 ? jdbcUrl.substring(8) : jdbcUrl.substring(8, options));
    }
}
