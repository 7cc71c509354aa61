package io.custodian.datasources.internal.service;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.datasources.internal.schema.ConfigSchema;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugins.api.PluginRegistry;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors of the running plugins, asked for afresh on every use (a plugin may stop or be upgraded at any
 * moment, so nothing is kept).
 *
 * <p>A connector's type is the one its descriptor names ({@link ConnectorDescriptor#typeId()}).
 */
public final class Connectors {

    private static final Logger LOG = LoggerFactory.getLogger(Connectors.class);

    private final PluginRegistry registry;

    public Connectors(PluginRegistry registry) {
        this.registry = registry;
    }

    /** The running connector of a type, if any. */
    public Optional<Connector> find(String type) {
        return registry.connector(type);
    }

    /**
     * The connector for a new source.
     *
     * @throws CustodianException {@code datasource.unknown_type} listing the types served now
     */
    public Connector forNewSource(String type) {
        return find(type).orElseThrow(() -> {
            List<String> served = served().stream().map(ConnectorType::type).toList();
            return new CustodianException(DataSourceErrorCode.UNKNOWN_TYPE, "No running connector serves the type "
                    + type + "; types served now: " + (served.isEmpty() ? "none" : String.join(", ", served)),
                    Map.of("types", served));
        });
    }

    /**
     * The connector for a registered source.
     *
     * @throws DataSourceException ({@code NO_CONNECTOR}) if none runs
     */
    public Connector forSource(long id, String type) {
        return find(type).orElseThrow(() -> new DataSourceException(DataSourceException.Reason.NO_CONNECTOR,
                "No running connector serves the type " + type + " of source " + id
                        + "; install or start the connector plugin"));
    }

    /**
     * The settings schema a connector describes.
     *
     * @throws CustodianException {@code datasource.connector_unavailable} if the connector fails to describe itself
     *                            or describes a schema that cannot be read
     */
    public ConfigSchema schema(Connector connector, String type) {
        try {
            return ConfigSchema.parse(connector.describe().configSchema());
        } catch (PluginCallException e) {
            throw new CustodianException(DataSourceErrorCode.CONNECTOR_UNAVAILABLE, "The connector of type " + type
                    + " could not describe its settings: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CustodianException(DataSourceErrorCode.CONNECTOR_UNAVAILABLE, "The connector of type " + type
                    + " describes settings Custodian cannot check: " + e.getMessage());
        }
    }

    /** The types served now, sorted, each described by its connector. */
    public List<ConnectorType> served() {
        List<ConnectorType> served = new ArrayList<>();
        for (Connector connector : registry.connectors()) {
            describe(connector).ifPresent(served::add);
        }
        served.sort((a, b) -> a.type().compareTo(b.type()));
        return served;
    }

    private static Optional<ConnectorType> describe(Connector connector) {
        String type = "(unknown)";
        try {
            ConnectorDescriptor descriptor = connector.describe();
            type = descriptor.typeId();
            Set<String> secrets = ConfigSchema.parse(descriptor.configSchema()).secretNames();
            return Optional.of(new ConnectorType(type, descriptor.displayName(), descriptor.configSchema(),
                    descriptor.capabilities(), secrets));
        } catch (PluginCallException | IllegalArgumentException e) {
            LOG.warn("The connector of type {} cannot be described: {}", type, e.getMessage());
            return Optional.empty();
        }
    }
}
