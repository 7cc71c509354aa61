package io.custodian.datasources.api;

import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** The registered data sources. Thread-safe. */
@ProviderType
public interface DataSourceService {

    /** The source with this id. */
    Optional<DataSource> find(long id);

    /** Every registered source, by id. */
    List<DataSource> list();

    /**
     * Registers a source as the system (no caller), for a bundle that brings its own source, such as the demo
     * database on first start. Settings are checked against the connector's schema as for a user's registration,
     * secrets encrypted; the registration is audited with actor {@code system}.
     *
     * @throws DataSourceException when no running connector serves the type
     * @throws IllegalArgumentException when the name is taken or the settings do not satisfy the schema
     */
    DataSource register(NewDataSource source);

    /**
     * Opens a session on the source with its decrypted settings through the connector plugin that serves its type.
     * The caller must close the session.
     *
     * @throws DataSourceException when the source does not exist or no running connector serves its type
     * @throws io.custodian.plugin.api.connector.ConnectorException with the connector's diagnosis when it cannot connect
     */
    ConnectorSession open(long id);

    /**
     * What the connector serving the source can do ({@code STATISTICS_PUSHDOWN}, {@code CHANGE_LISTING}, ...); empty
     * when no running connector serves its type or the source does not exist.
     *
     * @since 1.1
     */
    Set<ConnectorCapability> capabilities(long id);

    /**
     * Tests the connection of a registered source now, records the result as its health and answers it.
     *
     * @throws DataSourceException when the source does not exist or no running connector serves its type
     */
    ConnectionTestResult test(long id);
}
