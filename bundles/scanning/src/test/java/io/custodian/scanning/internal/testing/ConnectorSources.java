package io.custodian.scanning.internal.testing;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.datasources.api.NewDataSource;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link DataSourceService} over connector objects handed to it (the real H2 and files connector plugin classes,
 * or a test connector): {@link #open} opens a real session of the source's connector with its settings.
 */
public final class ConnectorSources implements DataSourceService {

    private record Registered(DataSource source, ConnectionSettings settings) {
    }

    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();
    private final Map<Long, Registered> sources = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger opened = new AtomicInteger();

    /** Registers a source served by {@code connector} (its type is the connector's type id). */
    public DataSource add(String name, Connector connector, Map<String, String> properties, Map<String, String> secrets) {
        String type = connector.describe().typeId();
        connectors.put(type, connector);
        return register(new NewDataSource(name, type, properties, secrets, "steward", List.of("test"), ""));
    }

    /** Changes a source's settings (to break or fix it). */
    public void reconfigure(long id, Map<String, String> properties, Map<String, String> secrets) {
        Registered registered = sources.get(id);
        sources.put(id, new Registered(registered.source(), new ConnectionSettings(properties, secrets)));
    }

    /** Removes a source. */
    public void remove(long id) {
        sources.remove(id);
    }

    /** How many sessions were opened so far. */
    public int opened() {
        return opened.get();
    }

    @Override
    public Optional<DataSource> find(long id) {
        return Optional.ofNullable(sources.get(id)).map(Registered::source);
    }

    @Override
    public List<DataSource> list() {
        return new ArrayList<>(sources.values().stream().map(Registered::source).toList());
    }

    @Override
    public Set<ConnectorCapability> capabilities(long id) {
        return find(id).map(source -> connectors.get(source.type())).map(c -> c.describe().capabilities()).orElse(Set.of());
    }

    @Override
    public DataSource register(NewDataSource source) {
        if (!connectors.containsKey(source.type())) {
            throw new DataSourceException(DataSourceException.Reason.NO_CONNECTOR, "no connector serves " + source.type());
        }
        long id = ids.incrementAndGet();
        DataSource registered = new DataSource(id, source.name(), source.type(), source.settings(), source.secrets().keySet(),
                source.owner(), source.tags(), source.description(), null, Instant.now(), Instant.now());
        sources.put(id, new Registered(registered, new ConnectionSettings(source.settings(), source.secrets())));
        return registered;
    }

    @Override
    public ConnectorSession open(long id) {
        Registered registered = registered(id);
        ConnectorSession session = connectors.get(registered.source().type()).open(registered.settings());
        opened.incrementAndGet();
        return session;
    }

    @Override
    public ConnectionTestResult test(long id) {
        Registered registered = registered(id);
        return connectors.get(registered.source().type()).testConnection(registered.settings());
    }

    private Registered registered(long id) {
        Registered registered = sources.get(id);
        if (registered == null) {
            throw new DataSourceException(DataSourceException.Reason.NOT_FOUND, "no data source " + id);
        }
        return registered;
    }
}
