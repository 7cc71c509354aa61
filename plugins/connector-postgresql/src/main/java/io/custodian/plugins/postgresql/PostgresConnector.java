package io.custodian.plugins.postgresql;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugins.jdbc.JdbcConnector;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.JdbcTarget;
import java.util.Set;

/**
 * Catalogues one PostgreSQL database (type id {@value #TYPE_ID}). Settings: see {@link PostgresSettings}. The top
 * container is the database, its schemas below (system schemas hidden). Thread-safe: sessions share nothing.
 */
public final class PostgresConnector extends JdbcConnector {

    /** The source type this connector serves. */
    public static final String TYPE_ID = "postgresql";

    private static final JdbcDialect DIALECT = new PostgresDialect();

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE_ID, "PostgreSQL", PostgresSettings.SCHEMA, Set.of(ConnectorCapability.STATISTICS_PUSHDOWN,
                ConnectorCapability.NATIVE_SAMPLING, ConnectorCapability.VIEW_DEFINITIONS, ConnectorCapability.KEYS,
                ConnectorCapability.CHANGE_DETECTION, ConnectorCapability.CHANGE_LISTING));
    }

    @Override
    protected JdbcTarget target(ConnectionSettings settings) {
        return PostgresSettings.target(settings);
    }

    @Override
    protected JdbcDialect dialect() {
        return DIALECT;
    }
}
