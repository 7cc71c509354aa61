package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.sql.SQLException;

/** Carries SQL failures out of lambdas and streams as {@link ConnectorException}s with a diagnosis. */
final class JdbcFailures {

    private static final SqlDiagnoser DIAGNOSER = new SqlDiagnoser(new JdbcDialect() { });

    private JdbcFailures() {
    }

    /** Work that reads the database. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work}, turning an {@link SQLException} into a {@link ConnectorException}. */
    static <T> T unchecked(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            Diagnosis diagnosis = DIAGNOSER.diagnose(e);
            throw new ConnectorException(diagnosis == Diagnosis.OK ? Diagnosis.OTHER : diagnosis,
                    "reading the database failed (SQL state " + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }
}
