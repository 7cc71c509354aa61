package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The common half of a database connector: testing settings and opening sessions. A subclass turns settings
 * into a {@link JdbcTarget} (throwing {@link ConnectorException} with {@link Diagnosis#INVALID_SETTINGS} for bad
 * ones), names its dialect, and describes itself.
 */
public abstract class JdbcConnector implements Connector {

    /** The connection target for {@code settings}; validates them first. */
    protected abstract JdbcTarget target(ConnectionSettings settings);

    /** This database's dialect. */
    protected abstract JdbcDialect dialect();

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        long started = System.nanoTime();
        try {
            JdbcTarget target = target(settings);
            try (Connection connection = connections().open(target)) {
                connection.getMetaData().getSchemas().close();
                return result(Diagnosis.OK, "connected to " + target.description(), started);
            }
        } catch (ConnectorException e) {
            return result(e.diagnosis(), e.getMessage(), started);
        } catch (SQLException | RuntimeException e) {
            SqlDiagnoser diagnoser = new SqlDiagnoser(dialect());
            Diagnosis diagnosis = diagnoser.diagnose(e);
            return result(diagnosis, "the connection test failed (" + diagnosis + ")", started);
        }
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        JdbcTarget target = target(settings);
        Connection connection = connections().open(target);
        try {
            String database = connection.getCatalog();
            return new JdbcSession(connection, dialect(), database == null || database.isEmpty() ? "default" : database,
                    target.description());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            SqlDiagnoser diagnoser = new SqlDiagnoser(dialect());
            Diagnosis diagnosis = diagnoser.diagnose(e);
            throw new ConnectorException(diagnosis, diagnoser.sentence(diagnosis, target, e));
        }
    }

    private JdbcConnections connections() {
        return new JdbcConnections(new SqlDiagnoser(dialect()));
    }

    private static ConnectionTestResult result(Diagnosis diagnosis, String message, long started) {
        return new ConnectionTestResult(diagnosis, message, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already failing; the first failure is the one to report.
        }
    }

    /** Describes the connector class only: settings are never part of it. */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
