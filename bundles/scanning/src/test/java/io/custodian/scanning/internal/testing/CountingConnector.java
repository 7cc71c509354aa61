package io.custodian.scanning.internal.testing;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorCapability;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A connector over one schema ({@code count.s}) of tables kept in memory, each with a version: its change token is
 * {@code v<version>} and its row count follows the version, so a changed table is stored as changed. It answers the
 * incremental calls itself (a listing of tokens that describes nothing; describing only the named tables), as a
 * connector with bulk catalog queries does, and counts what it is asked: tables described, full passes over the
 * schema, listings, and the names of each {@code assets(container, names)} call. A listing step can be made to fail,
 * and a table can be listed as changed but be gone when it is to be described.
 */
public final class CountingConnector implements Connector {

    public static final String TYPE = "counting";
    public static final String NAMESPACE = "counting://test";

    private final Map<String, Integer> tables = new ConcurrentSkipListMap<>();
    private final Set<String> vanishing = ConcurrentHashMap.newKeySet();
    private final AtomicLong described = new AtomicLong();
    private final AtomicInteger fullPasses = new AtomicInteger();
    private final AtomicInteger listings = new AtomicInteger();
    private final List<Set<String>> describeCalls = new CopyOnWriteArrayList<>();
    private volatile int failingListingStep = -1;
    private volatile LongConsumer onDescribed = n -> { };

    /** A schema of {@code count} tables named {@link #table(int)}, all at version 1. */
    public CountingConnector(int count) {
        for (int i = 0; i < count; i++) {
            tables.put(table(i), 1);
        }
    }

    /** The name of the {@code i}-th table ({@code t000042}), so names sort as numbers do. */
    public static String table(int i) {
        return String.format("t%06d", i);
    }

    /** The qualified name the scan gives a table. */
    public static String qualifiedName(String table) {
        return NAMESPACE + "/count.s." + table;
    }

    /** The table's content moved: a new token and a new row count. */
    public void change(String table) {
        tables.computeIfPresent(table, (name, version) -> version + 1);
    }

    /** Every table moved. */
    public void changeAll() {
        tables.replaceAll((name, version) -> version + 1);
    }

    /** Creates a table (again). */
    public void add(String table) {
        tables.put(table, 1);
    }

    public void drop(String table) {
        tables.remove(table);
    }

    /** The table is listed with a moved token, but dropped by the time it is to be described. */
    public void vanishWhenDescribed(String table) {
        change(table);
        vanishing.add(table);
    }

    /** The listing's step {@code index} (0-based) fails once, as a connector's unreadable element does. */
    public void failListingStep(int index) {
        failingListingStep = index;
    }

    /** Called with the running count after each table described, on the thread that reads the stream. */
    public void onDescribed(LongConsumer hook) {
        onDescribed = hook;
    }

    /** How many tables were described so far. */
    public long described() {
        return described.get();
    }

    /** How many times every table of the schema was described ({@code assets(container)}). */
    public int fullPasses() {
        return fullPasses.get();
    }

    /** How many listings of tokens were read. */
    public int listings() {
        return listings.get();
    }

    /** The names of each {@code assets(container, names)} call, in order. */
    public List<Set<String>> describeCalls() {
        return List.copyOf(describeCalls);
    }

    /** Forgets what was counted, so a test sees what one run asked. */
    public void resetCounts() {
        described.set(0);
        fullPasses.set(0);
        listings.set(0);
        describeCalls.clear();
    }

    @Override
    public ConnectorDescriptor describe() {
        return new ConnectorDescriptor(TYPE, "Counting", "{\"type\":\"object\"}",
                Set.of(ConnectorCapability.CHANGE_DETECTION, ConnectorCapability.CHANGE_LISTING));
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        return new ConnectionTestResult(Diagnosis.OK, "counting", Duration.ZERO);
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        return new Session();
    }

    private final class Session implements ConnectorSession {

        @Override
        public Stream<Container> containers(Container parent) {
            if (parent == null) {
                return Stream.of(new Container(List.of("count"), ContainerKind.DATABASE));
            }
            return parent.path().size() == 1 ? Stream.of(new Container(List.of("count", "s"), ContainerKind.SCHEMA)) : Stream.empty();
        }

        @Override
        public Stream<DataAsset> assets(Container container) {
            if (!isSchema(container)) {
                return Stream.empty();
            }
            fullPasses.incrementAndGet();
            return tables.entrySet().stream().map(table -> describe(container, table.getKey(), table.getValue()));
        }

        @Override
        public Stream<AssetToken> changeTokens(Container container) {
            if (!isSchema(container)) {
                return Stream.empty();
            }
            listings.incrementAndGet();
            Iterator<Map.Entry<String, Integer>> entries = tables.entrySet().iterator();
            int failing = failingListingStep;
            Iterator<AssetToken> steps = new Iterator<>() {
                private int step;

                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public AssetToken next() {
                    Map.Entry<String, Integer> table = entries.next();
                    if (step++ == failing) {
                        throw new ConnectorException(Diagnosis.PERMISSION_MISSING, "the catalog row of " + table.getKey() + " may not be read");
                    }
                    return new AssetToken(table.getKey(), AssetKind.TABLE, token(table.getValue()));
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(steps, Spliterator.ORDERED), false);
        }

        @Override
        public Stream<DataAsset> assets(Container container, Set<String> names) {
            describeCalls.add(Set.copyOf(names));
            if (!isSchema(container)) {
                return Stream.empty();
            }
            return names.stream().filter(name -> !vanishing.contains(name))
                    .map(name -> Map.entry(name, tables.getOrDefault(name, 0)))
                    .filter(table -> table.getValue() > 0)
                    .map(table -> describe(container, table.getKey(), table.getValue()));
        }

        @Override
        public TableStatistics statistics(DataAsset asset, List<String> columns) {
            return new TableStatistics(asset.rowCount(),
                    columns.stream().map(c -> new ColumnStatistics(c, 0.0, 10L, false, "a", "z", 1.0)).toList());
        }

        @Override
        public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
            return new Sample(columns, List.of());
        }

        @Override
        public String namespace() {
            return NAMESPACE;
        }

        @Override
        public void close() {
        }

        private boolean isSchema(Container container) {
            return container.path().size() == 2;
        }

        private DataAsset describe(Container container, String name, int version) {
            onDescribed.accept(described.incrementAndGet());
            return new DataAsset(container, name, AssetKind.TABLE, List.of(
                    new ColumnInfo("id", 1, "INTEGER", false, null, null),
                    new ColumnInfo("label", 2, "VARCHAR(20)", true, null, null)), List.of("id"), List.of(), null, null,
                    10L * version, token(version));
        }
    }

    private static String token(int version) {
        return "v" + version;
    }
}
