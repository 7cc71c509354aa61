package io.custodian.scanning.internal.testing;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real connector (the H2 plugin, say) whose sessions pass every call through and record which of the asset calls
 * the scan made: full passes ({@code assets(container)}), listings of tokens, and the names of each
 * {@code assets(container, names)} call.
 */
public final class RecordingConnector implements Connector {

    private final Connector delegate;
    private final AtomicInteger fullPasses = new AtomicInteger();
    private final AtomicInteger listings = new AtomicInteger();
    private final List<Set<String>> describeCalls = new CopyOnWriteArrayList<>();

    public RecordingConnector(Connector delegate) {
        this.delegate = delegate;
    }

    /** How many times a container's assets were all asked for. */
    public int fullPasses() {
        return fullPasses.get();
    }

    /** How many listings of tokens were asked for. */
    public int listings() {
        return listings.get();
    }

    /** The names of each {@code assets(container, names)} call, in order. */
    public List<Set<String>> describeCalls() {
        return List.copyOf(describeCalls);
    }

    /** Forgets what was recorded, so a test sees what one run asked. */
    public void reset() {
        fullPasses.set(0);
        listings.set(0);
        describeCalls.clear();
    }

    @Override
    public ConnectorDescriptor describe() {
        return delegate.describe();
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        return delegate.testConnection(settings);
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        ConnectorSession session = delegate.open(settings);
        return new ConnectorSession() {
            @Override
            public Stream<Container> containers(Container parent) {
                return session.containers(parent);
            }

            @Override
            public Stream<DataAsset> assets(Container container) {
                fullPasses.incrementAndGet();
                return session.assets(container);
            }

            @Override
            public Stream<AssetToken> changeTokens(Container container) {
                listings.incrementAndGet();
                return session.changeTokens(container);
            }

            @Override
            public Stream<DataAsset> assets(Container container, Set<String> names) {
                describeCalls.add(Set.copyOf(names));
                return session.assets(container, names);
            }

            @Override
            public TableStatistics statistics(DataAsset asset, List<String> columns) {
                return session.statistics(asset, columns);
            }

            @Override
            public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
                return session.sample(asset, columns, maxRows);
            }

            @Override
            public String namespace() {
                return session.namespace();
            }

            @Override
            public String datasetName(List<String> path) {
                return session.datasetName(path);
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
