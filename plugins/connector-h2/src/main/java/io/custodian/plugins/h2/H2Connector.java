package io.custodian.plugins.h2;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugins.jdbc.JdbcConnector;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.JdbcTarget;
import java.util.Set;

/**
 * Catalogues an H2 database (type id {@value #TYPE_ID}). Settings: see {@link H2Settings}. The top container is
 * the database, schemas below it (INFORMATION_SCHEMA hidden). Thread-safe: sessions share nothing.
 */
public final class H2Connector extends JdbcConnector {

    /** The source type this connector serves. */
    public static final String TYPE_ID = "h2";

    private static final JdbcDialect DIALECT = new H2Dialect();

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE_ID, "H2", H2Settings.SCHEMA, Set.of(ConnectorCapability.STATISTICS_PUSHDOWN,
                ConnectorCapability.VIEW_DEFINITIONS, ConnectorCapability.KEYS));
    }

    @Override
    protected JdbcTarget target(ConnectionSettings settings) {
        return H2Settings.target(settings);
    }

    @Override
    protected JdbcDialect dialect() {
        return DIALECT;
    }
}
