package io.custodian.plugins.mariadb;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugins.jdbc.JdbcConnections;
import io.custodian.plugins.jdbc.JdbcConnector;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.JdbcSession;
import io.custodian.plugins.jdbc.JdbcTarget;
import io.custodian.plugins.jdbc.SqlDiagnoser;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;

/**
 * Catalogues a MariaDB or MySQL server (type id {@value #TYPE_ID}). Settings: see {@link MariaDbSettings}. A MySQL
 * "database" is a schema, so the top container is the server ({@code host:port}) and the schemas below it are the
 * configured database, or every non-system database when none is configured. Thread-safe: sessions share nothing.
 */
public final class MariaDbConnector extends JdbcConnector {

    /** The source type this connector serves. */
    public static final String TYPE_ID = "mariadb";

    /** Diagnoses failures only; sessions get a dialect that knows the configured database. */
    private static final JdbcDialect DIAGNOSING_DIALECT = new MariaDbDialect(Optional.empty());

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE_ID, "MariaDB and MySQL", MariaDbSettings.SCHEMA, Set.of(ConnectorCapability.STATISTICS_PUSHDOWN,
                ConnectorCapability.VIEW_DEFINITIONS, ConnectorCapability.KEYS, ConnectorCapability.CHANGE_DETECTION,
                ConnectorCapability.CHANGE_LISTING));
    }

    @Override
    protected JdbcTarget target(ConnectionSettings settings) {
        return MariaDbSettings.of(settings).target();
    }

    @Override
    protected JdbcDialect dialect() {
        return DIAGNOSING_DIALECT;
    }

    /** Like the base class, but the top container is the server and the dialect shows only the configured database. */
    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        MariaDbSettings validated = MariaDbSettings.of(settings);
        JdbcTarget target = validated.target();
        Connection connection = new JdbcConnections(new SqlDiagnoser(DIAGNOSING_DIALECT)).open(target);
        String server = target.description().substring(0, target.description().lastIndexOf('/'));
        try {
            return new JdbcSession(connection, new MariaDbDialect(validated.database()), server, target.description());
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (java.sql.SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof ConnectorException ? e : new ConnectorException(io.custodian.plugin.api.connector.Diagnosis.OTHER,
                    "opening a session on " + target.description() + " failed", e);
        }
    }
}
