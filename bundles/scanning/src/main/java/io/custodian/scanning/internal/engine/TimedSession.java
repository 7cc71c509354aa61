package io.custodian.scanning.internal.engine;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A session that counts each of its calls that reach the source, and each step of the streams it returns, into the
 * run's source time ({@link RunProgress#sourceMillis()}): what the scan reports as time inside the source, against its
 * total time. For a plugin's connector this includes the plugin host's guard around each call.
 */
final class TimedSession implements ConnectorSession {

    private final ConnectorSession delegate;
    private final RunProgress progress;

    TimedSession(ConnectorSession delegate, RunProgress progress) {
        this.delegate = delegate;
        this.progress = progress;
    }

    @Override
    public Stream<Container> containers(Container parent) {
        return timedStream(() -> delegate.containers(parent));
    }

    @Override
    public Stream<DataAsset> assets(Container container) {
        return timedStream(() -> delegate.assets(container));
    }

    /** Forwarded, not left to the default: that would describe every asset through {@link #assets(Container)}. */
    @Override
    public Stream<AssetToken> changeTokens(Container container) {
        return timedStream(() -> delegate.changeTokens(container));
    }

    /** Forwarded, not left to the default: that would describe every asset and filter them. */
    @Override
    public Stream<DataAsset> assets(Container container, Set<String> names) {
        return timedStream(() -> delegate.assets(container, names));
    }

    @Override
    public TableStatistics statistics(DataAsset asset, List<String> columns) {
        return timed(() -> delegate.statistics(asset, columns));
    }

    @Override
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
        return timed(() -> delegate.sample(asset, columns, maxRows));
    }

    /** Not source time: the connector answers from its settings without asking the source. */
    @Override
    public String namespace() {
        return delegate.namespace();
    }

    /** Not source time: a naming rule of the connector. */
    @Override
    public String datasetName(List<String> path) {
        return delegate.datasetName(path);
    }

    @Override
    public void close() {
        progress.enterSource();
        try {
            delegate.close();
        } finally {
            progress.leaveSource();
        }
    }

    private <T> T timed(Supplier<T> call) {
        progress.enterSource();
        try {
            return call.get();
        } finally {
            progress.leaveSource();
        }
    }

    private <T> Stream<T> timedStream(Supplier<Stream<T>> open) {
        Stream<T> stream = timed(open);
        Iterator<T> elements = timed(stream::iterator);
        Iterator<T> timedElements = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return timed(elements::hasNext);
            }

            @Override
            public T next() {
                return timed(elements::next);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(timedElements, Spliterator.ORDERED), false)
                .onClose(() -> timed(() -> {
                    stream.close();
                    return null;
                }));
    }
}
