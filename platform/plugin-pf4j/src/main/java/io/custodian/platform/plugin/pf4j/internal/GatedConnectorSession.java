package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A connector session whose calls, including the lazy production of stream elements, go through the plugin's gate. */
final class GatedConnectorSession implements ConnectorSession {

    private final Gated<ConnectorSession> session;

    GatedConnectorSession(Gated<ConnectorSession> session) {
        this.session = session;
    }

    @Override
    public Stream<Container> containers(Container parent) {
        return gatedStream("containers", session.call("containers", s -> s.containers(parent)));
    }

    @Override
    public Stream<DataAsset> assets(Container container) {
        return gatedStream("assets", session.call("assets", s -> s.assets(container)));
    }

    @Override
    public TableStatistics statistics(DataAsset asset, List<String> columns) {
        return session.call("statistics", s -> s.statistics(asset, columns));
    }

    @Override
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
        return session.call("sample", s -> s.sample(asset, columns, maxRows));
    }

    /** Closes the plugin's session; after unloading there is nothing left to close, so it returns quietly. */
    @Override
    public void close() {
        if (session.isReachable()) {
            session.run("close", ConnectorSession::close);
        }
        session.clear();
    }

    private <E> Stream<E> gatedStream(String operation, Stream<E> pluginStream) {
        PluginGate gate = session.gate();
        Stream<E> gated = StreamSupport.stream(new GatedSpliterator<>(gate, operation, gate.call(operation, pluginStream::spliterator)), false);
        return gated.onClose(() -> {
            if (gate.isOpen()) {
                gate.run(operation + " close", pluginStream::close);
            }
        });
    }
}
