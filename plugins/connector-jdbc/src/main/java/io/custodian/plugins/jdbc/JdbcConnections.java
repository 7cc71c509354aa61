package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections through the target's driver instance. {@link java.sql.DriverManager} is never used:
 * it only sees drivers visible to the caller's class loader, which in a plugin is not the plugin's.
 */
public final class JdbcConnections {

    private final SqlDiagnoser diagnoser;

    /** Connections whose failures {@code diagnoser} explains. */
    public JdbcConnections(SqlDiagnoser diagnoser) {
        this.diagnoser = diagnoser;
    }

    /**
     * A new read-only connection to {@code target}.
     *
     * @throws ConnectorException with the diagnosis when the database cannot be reached or refuses the settings
     */
    public Connection open(JdbcTarget target) {
        Connection connection;
        try {
            Properties properties = new Properties();
            properties.putAll(target.properties());
            connection = target.driver().connect(target.url(), properties);
        } catch (SQLException | RuntimeException e) {
            Diagnosis diagnosis = diagnoser.diagnose(e);
            // The cause is dropped: driver messages are not ours to vouch for, and might echo a setting.
            throw new ConnectorException(diagnosis, diagnoser.sentence(diagnosis, target, e));
        }
        if (connection == null) {
            throw new ConnectorException(Diagnosis.INVALID_SETTINGS, "the driver does not accept the URL for " + target.description());
        }
        try {
            connection.setReadOnly(true);
        } catch (SQLException e) {
            // Read-only is a hint; a driver that refuses it still works for reading.
        }
        return connection;
    }
}
