package io.custodian.scanning.internal.testing;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A connector whose one schema ({@code gen.s}) holds {@code assets} tables made up lazily, one per step of the
 * stream, each with two columns and the change token {@code v1}: it counts how many it produced, so a test can
 * compare that with how many the catalog stored at any moment, and it calls a hook at each one.
 */
public final class GeneratedConnector implements Connector {

    public static final String TYPE = "generated";

    private final long assets;
    private final AtomicLong produced = new AtomicLong();
    private volatile LongConsumer onProduced = n -> { };

    public GeneratedConnector(long assets) {
        this.assets = assets;
    }

    /** Called with the running count after each produced table, on the scan's reading thread. */
    public void onProduced(LongConsumer hook) {
        this.onProduced = hook;
    }

    /** How many tables the sessions produced so far. */
    public long produced() {
        return produced.get();
    }

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE, "Generated", "{\"type\":\"object\"}", Set.of(ConnectorCapability.CHANGE_DETECTION));
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        return new ConnectionTestResult(Diagnosis.OK, "generated", Duration.ZERO);
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        return new ConnectorSession() {
            @Override
            public Stream<Container> containers(Container parent) {
                if (parent == null) {
                    return Stream.of(new Container(List.of("gen"), ContainerKind.DATABASE));
                }
                return parent.path().size() == 1 ? Stream.of(new Container(List.of("gen", "s"), ContainerKind.SCHEMA)) : Stream.empty();
            }

            @Override
            public Stream<DataAsset> assets(Container container) {
                if (container.path().size() != 2) {
                    return Stream.empty();
                }
                return LongStream.range(0, assets).mapToObj(i -> {
                    long count = produced.incrementAndGet();
                    onProduced.accept(count);
                    return new DataAsset(container, "t" + i, AssetKind.TABLE, List.of(
                            new ColumnInfo("id", 1, "INTEGER", false, null, null),
                            new ColumnInfo("label", 2, "VARCHAR(20)", true, null, null)), List.of("id"), List.of(), null, null, 10, "v1");
                });
            }

            @Override
            public TableStatistics statistics(DataAsset asset, List<String> columns) {
                return new TableStatistics(10, columns.stream().map(c -> new ColumnStatistics(c, 0.0, 10L, false, "a", "z", 1.0)).toList());
            }

            @Override
            public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
                return new Sample(columns, List.of());
            }

            @Override
            public String namespace() {
                return "generated://test";
            }

            @Override
            public void close() {
            }
        };
    }
}
