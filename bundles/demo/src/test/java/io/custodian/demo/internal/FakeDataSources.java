package io.custodian.demo.internal;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.datasources.api.NewDataSource;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * A {@link DataSourceService} that keeps registrations in memory and, like the real one, refuses
 * a registration while no connector serves the type and a second source of the same name.
 */
final class FakeDataSources implements DataSourceService {

    final List<NewDataSource> registrations = new CopyOnWriteArrayList<>();
    final List<DataSource> sources = new CopyOnWriteArrayList<>();
    final CountDownLatch registered = new CountDownLatch(1);
    private final BooleanSupplier connectorRunning;

    FakeDataSources(BooleanSupplier connectorRunning) {
        this.connectorRunning = connectorRunning;
    }

    /** A source registered by someone else. */
    void add(String name) {
        sources.add(source(sources.size() + 1, new NewDataSource(name, "postgresql", null, null, "alice", null, null)));
    }

    @Override
    public Optional<DataSource> find(long id) {
        return sources.stream().filter(source -> source.id() == id).findFirst();
    }

    @Override
    public List<DataSource> list() {
        return new ArrayList<>(sources);
    }

    @Override
    public DataSource register(NewDataSource source) {
        if (!connectorRunning.getAsBoolean()) {
            throw new DataSourceException(DataSourceException.Reason.NO_CONNECTOR,
                    "No running connector serves type " + source.type());
        }
        if (sources.stream().anyMatch(existing -> existing.name().equals(source.name()))) {
            throw new IllegalArgumentException("A data source named " + source.name() + " exists already");
        }
        registrations.add(source);
        DataSource registered = source(sources.size() + 1, source);
        sources.add(registered);
        this.registered.countDown();
        return registered;
    }

    @Override
    public ConnectorSession open(long id) {
        throw new UnsupportedOperationException("the demo source never opens sessions");
    }

    @Override
    public Set<ConnectorCapability> capabilities(long id) {
        return Set.of();
    }

    @Override
    public ConnectionTestResult test(long id) {
        throw new UnsupportedOperationException("the demo source never tests connections");
    }

    private static DataSource source(long id, NewDataSource source) {
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        return new DataSource(id, source.name(), source.type(), source.settings(), source.secrets().keySet(),
                source.owner(), source.tags(), source.description(), null, at, at);
    }
}
