package io.custodian.platform.plugin.runtime.internal;

import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector's session as the platform uses it: every method runs through the plugin's guard. Streams are
 * produced lazily, each element fetched by its own guarded call, and closing a stream closes the plugin's stream
 * through the guard too.
 */
public final class GuardedConnectorSession implements ConnectorSession {

    /** The plugin's answer once asked (empty: it has none); {@code null} until then. */
    private volatile Optional<String> namespace;

    private static final Logger LOG = LoggerFactory.getLogger(GuardedConnectorSession.class);

    /** The plugin's stream and the iterator walking it, made together in one guarded call. */
    private record Source<T>(Stream<T> stream, Iterator<T> iterator) {
        void closeQuietly() {
            try {
                stream.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing a plugin stream nobody used failed", e);
            }
        }
    }

    private final ConnectorSession delegate;
    private final ConnectorGuard guard;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param delegate the plugin's session
     * @param guard    the plugin's guard
     */
    public GuardedConnectorSession(ConnectorSession delegate, ConnectorGuard guard) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    @Override
    public Stream<Container> containers(Container parent) {
        return guardedStream("containers", () -> delegate.containers(parent));
    }

    @Override
    public Stream<DataAsset> assets(Container container) {
        Objects.requireNonNull(container, "container");
        return guardedStream("assets", () -> delegate.assets(container));
    }

    @Override
    public Stream<AssetToken> changeTokens(Container container) {
        Objects.requireNonNull(container, "container");
        return guardedStream("changeTokens", () -> delegate.changeTokens(container));
    }

    @Override
    public Stream<DataAsset> assets(Container container, Set<String> names) {
        Objects.requireNonNull(container, "container");
        Set<String> wanted = Set.copyOf(names);
        return guardedStream("assets", () -> delegate.assets(container, wanted));
    }

    @Override
    public TableStatistics statistics(DataAsset asset, List<String> columns) {
        Objects.requireNonNull(asset, "asset");
        List<String> names = List.copyOf(columns);
        return guard.call("statistics", "statistics", () -> delegate.statistics(asset, names));
    }

    @Override
    public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
        Objects.requireNonNull(asset, "asset");
        List<String> names = List.copyOf(columns);
        return guard.call("sample", "sample", () -> delegate.sample(asset, names, maxRows));
    }

    /** Asked once through the guard and kept: a session's namespace does not change. */
    @Override
    public String namespace() {
        Optional<String> known = namespace;
        if (known == null) {
            String answer = guard.callAllowingNull("namespace", delegate::namespace, null);
            known = answer == null || answer.isBlank() ? Optional.empty() : Optional.of(answer);
            namespace = known;
        }
        return known.orElse(null);
    }

    @Override
    public String datasetName(List<String> path) {
        List<String> names = List.copyOf(path);
        return guard.call("datasetName", "dataset name", () -> delegate.datasetName(names));
    }

    /**
     * Closes the plugin's session through the guard, once. If the plugin is already stopped there is nothing left
     * to close and this returns quietly; other failures are thrown.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeThroughGuard("session.close", delegate::close);
    }

    /** Closing after the plugin stopped finds nothing left to close: that is not worth an exception. */
    private void closeThroughGuard(String operation, Runnable close) {
        try {
            guard.run(operation, close);
        } catch (PluginCallException e) {
            if (e.kind() != FailureKind.UNAVAILABLE) {
                throw e;
            }
            LOG.debug("Plugin {} was stopped before {} could run", guard.guard().pluginId(), operation);
        }
    }

    private <T> Stream<T> guardedStream(String operation, Callable<Stream<T>> open) {
        Source<T> source = guard.call(operation, "stream", () -> {
            Stream<T> stream = open.call();
            return stream == null ? null : new Source<>(stream, stream.iterator());
        }, Source::closeQuietly);
        Iterator<T> elements = new GuardedIterator<>(guard, operation + ".next", source.iterator());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> closeThroughGuard(operation + ".close", source.stream()::close));
    }
}
