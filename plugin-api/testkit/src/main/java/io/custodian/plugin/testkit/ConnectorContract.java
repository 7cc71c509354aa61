package io.custodian.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.ForeignKey;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Connector} must keep. A plugin's test extends this class and supplies the
 * connector, settings for a reachable source holding at least one asset with at least one row, and
 * (where the source type has them) settings for each kind of failure. A failure hook that returns
 * {@link Optional#empty()} turns its check into a skipped test with the reason, never a silent pass.
 *
 * <pre>{@code
 * class PostgresConnectorContractTest extends ConnectorContract {
 *     protected Connector connector() { return new PostgresConnector(); }
 *     protected ConnectionSettings validSettings() { return settings("localhost", 5432, "sales"); }
 *     protected Optional<ConnectionSettings> settingsForUnreachableHost() {
 *         return Optional.of(settings("no-such-host.invalid", 5432, "sales"));
 *     }
 * }
 * }</pre>
 *
 * <p>What it checks: {@code describe()} is complete, its type id is lower case and its configuration
 * schema is a JSON object whose required properties are declared; the valid settings test OK; an
 * unreachable host is diagnosed UNREACHABLE, REFUSED or TIMEOUT within {@link #callTimeLimit()}, and
 * {@code testConnection} never throws; {@code open} on bad settings throws a {@link ConnectorException}
 * with the same kind of diagnosis; container and asset streams can be left early and closed (twice)
 * and the session keeps working; every asset's columns are numbered 1..n with unique names and its keys
 * name existing columns; statistics return one entry per requested column with a null share in 0..1;
 * samples respect {@code maxRows}, return the requested columns and rows of that width; two sessions can
 * be open at once; closing a session twice is harmless; secret values never appear in messages,
 * exception texts or {@code toString()}.
 */
public abstract class ConnectorContract {

    /** Type ids are what data sources name in their {@code type}: lower case, digits, dots and dashes. */
    public static final Pattern TYPE_ID = Pattern.compile("^[a-z][a-z0-9.-]{0,63}$");

    private static final Set<Diagnosis> CANNOT_REACH = EnumSet.of(Diagnosis.UNREACHABLE, Diagnosis.REFUSED, Diagnosis.TIMEOUT);

    private Connector connector;

    /** The connector under test; called once per test, before {@link Connector#start}. */
    protected abstract Connector connector();

    /** Settings of a reachable source with at least one container holding an asset with columns and rows. */
    protected abstract ConnectionSettings validSettings();

    /**
     * Settings naming a host that does not exist or does not answer (for example {@code no-such-host.invalid},
     * or a closed port on {@code 127.0.0.1}). Empty for connectors that reach no host; the check is then skipped.
     */
    protected abstract Optional<ConnectionSettings> settingsForUnreachableHost();

    /** Settings naming a database, catalog or folder that does not exist: expect {@link Diagnosis#DATABASE_MISSING}. */
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.empty();
    }

    /** Settings with wrong credentials: expect {@link Diagnosis#AUTH_FAILED}. */
    protected Optional<ConnectionSettings> settingsWithWrongCredentials() {
        return Optional.empty();
    }

    /** Settings for a source the account may not read: expect {@link Diagnosis#PERMISSION_MISSING}. */
    protected Optional<ConnectionSettings> settingsWithoutPermission() {
        return Optional.empty();
    }

    /**
     * Settings missing something the schema requires: expect {@link Diagnosis#INVALID_SETTINGS}. By default
     * empty settings; return empty if your connector works without any setting.
     */
    protected Optional<ConnectionSettings> incompleteSettings() {
        return Optional.of(new ConnectionSettings(Map.of(), Map.of()));
    }

    /** The context the connector is started with; by default one granting {@code network.connect}. */
    protected PluginContext pluginContext() {
        return TestPluginContext.granting(Scope.NETWORK_CONNECT);
    }

    /** How long one connection test or {@code open} may take before the check fails. */
    protected Duration callTimeLimit() {
        return Duration.ofSeconds(30);
    }

    /** How many assets get statistics and samples checked; enumeration checks cover up to {@link #maxAssetsToCheck()}. */
    protected int maxAssetsToProfile() {
        return 3;
    }

    /** How many assets the enumeration checks look at, at most. */
    protected int maxAssetsToCheck() {
        return 50;
    }

    /** How deep the checks walk the container tree. */
    protected int maxContainerDepth() {
        return 4;
    }

    @BeforeEach
    final void startConnector() {
        connector = Objects.requireNonNull(connector(), "connector() returned null");
        connector.start(pluginContext());
    }

    @AfterEach
    final void stopConnector() {
        if (connector != null) {
            connector.stop();
        }
    }

    /** The started connector under test, for checks a subclass adds. */
    protected final Connector startedConnector() {
        return connector;
    }

    @Test
    void describeNamesTypeDisplayNameAndSchema() {
        ConnectorDescriptor descriptor = connector.describe();
        assertNotNull(descriptor, "describe() returned null");
        assertTrue(TYPE_ID.matcher(descriptor.typeId()).matches(), "typeId '" + descriptor.typeId() + "' does not match " + TYPE_ID);
        assertFalse(descriptor.displayName().isBlank(), "displayName is blank");
        assertNotNull(descriptor.capabilities(), "capabilities is null");
        Map<String, Object> schema;
        try {
            schema = JsonText.parseObject(descriptor.configSchema());
        } catch (IllegalArgumentException e) {
            throw new AssertionError("configSchema is not a JSON object: " + e.getMessage(), e);
        }
        Object type = schema.get("type");
        assertTrue(type == null || "object".equals(type), "configSchema's type is " + type + ", not \"object\"");
        Object properties = schema.getOrDefault("properties", Map.of());
        assertTrue(properties instanceof Map, "configSchema's properties is " + JsonText.describe(properties) + ", not an object");
        Object required = schema.getOrDefault("required", List.of());
        assertTrue(required instanceof List, "configSchema's required is " + JsonText.describe(required) + ", not an array");
        for (Object name : (List<?>) required) {
            assertTrue(((Map<?, ?>) properties).containsKey(name), "configSchema requires \"" + name + "\" but does not describe it under properties");
        }
        assertEquals(descriptor, connector.describe(), "describe() gives a different answer the second time");
    }

    @Test
    void validSettingsTestOk() {
        ConnectionTestResult result = testConnection(validSettings());
        assertEquals(Diagnosis.OK, result.diagnosis(), "testConnection(validSettings()) said: " + result.message());
        assertFalse(result.elapsed().isNegative(), "elapsed time is negative");
    }

    @Test
    void unreachableHostIsDiagnosedNotThrown() {
        ConnectionSettings settings = hook(settingsForUnreachableHost(), "settingsForUnreachableHost");
        ConnectionTestResult result = testConnection(settings);
        assertTrue(CANNOT_REACH.contains(result.diagnosis()), "an unreachable host was diagnosed " + result.diagnosis()
                + " (" + result.message() + "), expected one of " + CANNOT_REACH);
        assertFalse(result.message().isBlank(), "the diagnosis comes without a message for the user");
    }

    @Test
    void openOnUnreachableHostThrowsConnectorException() {
        assertOpenFails(hook(settingsForUnreachableHost(), "settingsForUnreachableHost"), CANNOT_REACH);
    }

    @Test
    void missingDatabaseIsDiagnosed() {
        assertDiagnosed(hook(settingsForMissingDatabase(), "settingsForMissingDatabase"), Diagnosis.DATABASE_MISSING);
    }

    @Test
    void wrongCredentialsAreDiagnosed() {
        assertDiagnosed(hook(settingsWithWrongCredentials(), "settingsWithWrongCredentials"), Diagnosis.AUTH_FAILED);
    }

    @Test
    void missingPermissionIsDiagnosed() {
        assertDiagnosed(hook(settingsWithoutPermission(), "settingsWithoutPermission"), Diagnosis.PERMISSION_MISSING);
    }

    @Test
    void incompleteSettingsAreInvalid() {
        assertDiagnosed(hook(incompleteSettings(), "incompleteSettings"), Diagnosis.INVALID_SETTINGS);
    }

    @Test
    void containerStreamsCanBeLeftEarlyAndClosed() {
        try (ConnectorSession session = open(validSettings())) {
            Stream<Container> first = session.containers(null);
            assertNotNull(first, "containers(null) returned null");
            List<Container> one = first.limit(1).collect(Collectors.toList());
            first.close();
            first.close();
            assertFalse(one.isEmpty(), "the valid settings' source has no top-level container");
            List<Container> all;
            try (Stream<Container> again = session.containers(null)) {
                all = again.collect(Collectors.toList());
            }
            assertEquals(one.get(0), all.get(0), "the session stopped working after a container stream was closed early");
            for (Container container : all) {
                assertFalse(container.path().isEmpty(), "a top-level container has an empty path");
            }
        }
    }

    @Test
    void childContainersExtendTheirParentsPath() {
        try (ConnectorSession session = open(validSettings())) {
            walk(session, (parent, child) -> {
                if (parent != null) {
                    assertEquals(parent.path().size() + 1, child.path().size(), "child " + child.path() + " of " + parent.path()
                            + " is not one level deeper");
                    assertEquals(parent.path(), child.path().subList(0, parent.path().size()), "child " + child.path()
                            + " does not start with its parent's path " + parent.path());
                }
            }, asset -> { });
        }
    }

    @Test
    void everyAssetHasColumnsNumberedFromOne() {
        List<DataAsset> checked = new ArrayList<>();
        try (ConnectorSession session = open(validSettings())) {
            walk(session, (parent, child) -> { }, asset -> {
                checked.add(asset);
                String name = asset.container().path() + "/" + asset.name();
                assertFalse(asset.name().isBlank(), "an asset in " + asset.container().path() + " has a blank name");
                assertFalse(asset.columns().isEmpty(), "asset " + name + " has no columns");
                Set<String> names = new HashSet<>();
                for (int i = 0; i < asset.columns().size(); i++) {
                    ColumnInfo column = asset.columns().get(i);
                    assertEquals(i + 1, column.position(), "column " + column.name() + " of " + name + " is at index " + i
                            + " but says position " + column.position() + "; positions run 1..n in order");
                    assertFalse(column.name().isEmpty(), "asset " + name + " has a column without a name");
                    assertTrue(names.add(column.name()), "asset " + name + " has two columns named " + column.name());
                }
                assertTrue(asset.rowCount() >= -1, "asset " + name + " has rowCount " + asset.rowCount() + "; use -1 for unknown");
                assertTrue(names.containsAll(asset.primaryKey()), "the primary key of " + name + " names unknown columns: " + asset.primaryKey());
                for (ForeignKey key : asset.foreignKeys()) {
                    assertTrue(names.containsAll(key.columns()), "a foreign key of " + name + " names unknown columns: " + key.columns());
                }
            });
        }
        assertFalse(checked.isEmpty(), "the valid settings' source has no asset in the first " + maxContainerDepth() + " levels");
    }

    @Test
    void assetStreamsCanBeLeftEarlyAndClosed() {
        try (ConnectorSession session = open(validSettings())) {
            Container container = firstAsset(session).container();
            Stream<DataAsset> assets = session.assets(container);
            assertNotNull(assets, "assets(" + container.path() + ") returned null");
            assertEquals(1, assets.limit(1).count(), "assets(" + container.path() + ") is empty, though the walk found an asset there");
            assets.close();
            assets.close();
            try (Stream<DataAsset> again = session.assets(container)) {
                assertTrue(again.findFirst().isPresent(), "the session stopped working after an asset stream was closed early");
            }
        }
    }

    @Test
    void statisticsCoverEveryRequestedColumn() {
        try (ConnectorSession session = open(validSettings())) {
            for (DataAsset asset : assetsToProfile(session)) {
                List<String> all = columnNames(asset);
                assertStatistics(asset, all, session.statistics(asset, all));
                List<String> first = List.of(all.get(0));
                assertStatistics(asset, first, session.statistics(asset, first));
            }
        }
    }

    @Test
    void samplesRespectMaxRowsAndWidth() {
        int rowsSeen = 0;
        try (ConnectorSession session = open(validSettings())) {
            for (DataAsset asset : assetsToProfile(session)) {
                List<String> all = columnNames(asset);
                rowsSeen += assertSample(asset, all, 5, session.sample(asset, all, 5));
                List<String> last = List.of(all.get(all.size() - 1));
                assertSample(asset, last, 1, session.sample(asset, last, 1));
                assertSample(asset, all, 0, session.sample(asset, all, 0));
            }
        }
        assertTrue(rowsSeen > 0, "no sampled asset returned a row; the valid settings' source should hold rows");
    }

    @Test
    void twoSessionsCanBeOpenAtOnce() {
        try (ConnectorSession one = open(validSettings()); ConnectorSession two = open(validSettings())) {
            List<Container> fromOne;
            try (Stream<Container> containers = one.containers(null)) {
                fromOne = containers.collect(Collectors.toList());
            }
            try (Stream<Container> containers = two.containers(null)) {
                assertEquals(fromOne, containers.collect(Collectors.toList()), "two sessions on the same source list different containers");
            }
        }
    }

    @Test
    void closingASessionTwiceIsHarmless() {
        ConnectorSession session = open(validSettings());
        session.close();
        session.close();
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() {
        String canary = "canary-" + UUID.randomUUID();
        Map<String, String> secrets = new HashMap<>();
        validSettings().secrets().keySet().forEach(name -> secrets.put(name, canary));
        if (secrets.isEmpty()) {
            secrets.put("password", canary);
        }
        List<ConnectionSettings> variants = new ArrayList<>();
        variants.add(new ConnectionSettings(validSettings().properties(), secrets));
        for (Optional<ConnectionSettings> bad : List.of(settingsForUnreachableHost(), settingsForMissingDatabase(),
                settingsWithWrongCredentials(), settingsWithoutPermission())) {
            bad.ifPresent(settings -> variants.add(new ConnectionSettings(settings.properties(), secrets)));
        }
        for (ConnectionSettings settings : variants) {
            assertNoCanary(canary, "ConnectionSettings.toString()", settings.toString());
            ConnectionTestResult result = testConnection(settings);
            assertNoCanary(canary, "the connection test's message", result.message());
            try (ConnectorSession session = assertTimeoutPreemptively(callTimeLimit(), () -> connector.open(settings))) {
                assertNoCanary(canary, "the session's toString()", String.valueOf(session));
            } catch (ConnectorException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    assertNoCanary(canary, "the text of " + t.getClass().getName(), String.valueOf(t.getMessage()));
                }
            }
        }
        assertNoCanary(canary, "the connector's toString()", String.valueOf(connector));
    }

    private ConnectionTestResult testConnection(ConnectionSettings settings) {
        ConnectionTestResult result = assertTimeoutPreemptively(callTimeLimit(), () -> {
            try {
                return connector.testConnection(settings);
            } catch (RuntimeException e) {
                throw new AssertionError("testConnection threw " + e + " instead of returning a diagnosis", e);
            }
        }, () -> "testConnection took longer than " + callTimeLimit());
        assertNotNull(result, "testConnection returned null");
        return result;
    }

    private ConnectorSession open(ConnectionSettings settings) {
        ConnectorSession session = assertTimeoutPreemptively(callTimeLimit(), () -> connector.open(settings),
                () -> "open took longer than " + callTimeLimit());
        assertNotNull(session, "open returned null");
        return session;
    }

    private void assertDiagnosed(ConnectionSettings settings, Diagnosis expected) {
        ConnectionTestResult result = testConnection(settings);
        assertEquals(expected, result.diagnosis(), "testConnection(" + settings + ") said: " + result.message());
        assertFalse(result.message().isBlank(), "the diagnosis comes without a message for the user");
        assertOpenFails(settings, EnumSet.of(expected));
    }

    private void assertOpenFails(ConnectionSettings settings, Set<Diagnosis> expected) {
        ConnectorSession session = null;
        try {
            session = assertTimeoutPreemptively(callTimeLimit(), () -> connector.open(settings),
                    () -> "open took longer than " + callTimeLimit());
            fail("open(" + settings + ") succeeded; expected a ConnectorException with one of " + expected);
        } catch (ConnectorException e) {
            assertTrue(expected.contains(e.diagnosis()), "open failed with " + e.diagnosis() + " (" + e.getMessage()
                    + "), expected one of " + expected);
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the ConnectorException has no message for the user");
        } finally {
            if (session != null) {
                session.close();
            }
        }
    }

    private static ConnectionSettings hook(Optional<ConnectionSettings> settings, String name) {
        assumeTrue(settings != null && settings.isPresent(), name + "() is empty: this check does not apply to the connector");
        return settings.get();
    }

    /** Visits containers depth first (up to maxContainerDepth) and the assets in each (up to maxAssetsToCheck). */
    private void walk(ConnectorSession session, ContainerVisitor onContainer, AssetVisitor onAsset) {
        int[] assets = {0};
        walk(session, null, 1, onContainer, onAsset, assets);
    }

    private void walk(ConnectorSession session, Container parent, int depth, ContainerVisitor onContainer, AssetVisitor onAsset,
                      int[] assetsSeen) {
        if (depth > maxContainerDepth() || assetsSeen[0] >= maxAssetsToCheck()) {
            return;
        }
        List<Container> children;
        try (Stream<Container> stream = session.containers(parent)) {
            assertNotNull(stream, "containers(" + (parent == null ? "null" : parent.path()) + ") returned null");
            children = stream.limit(maxAssetsToCheck()).collect(Collectors.toList());
        }
        for (Container child : children) {
            onContainer.visit(parent, child);
            try (Stream<DataAsset> stream = session.assets(child)) {
                assertNotNull(stream, "assets(" + child.path() + ") returned null");
                for (DataAsset asset : (Iterable<DataAsset>) stream.limit(maxAssetsToCheck() - assetsSeen[0])::iterator) {
                    assertEquals(child, asset.container(), "asset " + asset.name() + " listed in " + child.path()
                            + " says it is in " + asset.container().path());
                    onAsset.visit(asset);
                    assetsSeen[0]++;
                }
            }
            walk(session, child, depth + 1, onContainer, onAsset, assetsSeen);
        }
    }

    private DataAsset firstAsset(ConnectorSession session) {
        List<DataAsset> found = assetsToProfile(session);
        return found.get(0);
    }

    private List<DataAsset> assetsToProfile(ConnectorSession session) {
        List<DataAsset> found = new ArrayList<>();
        walk(session, (parent, child) -> { }, asset -> {
            if (found.size() < maxAssetsToProfile() && !asset.columns().isEmpty()) {
                found.add(asset);
            }
        });
        assertFalse(found.isEmpty(), "the valid settings' source has no asset with columns in the first " + maxContainerDepth() + " levels");
        return found;
    }

    private static List<String> columnNames(DataAsset asset) {
        return asset.columns().stream().map(ColumnInfo::name).collect(Collectors.toList());
    }

    private static void assertStatistics(DataAsset asset, List<String> requested, TableStatistics statistics) {
        String name = asset.container().path() + "/" + asset.name();
        assertNotNull(statistics, "statistics(" + name + ") returned null");
        List<String> returned = statistics.columns().stream().map(ColumnStatistics::column).collect(Collectors.toList());
        assertEquals(requested.size(), returned.size(), "statistics of " + name + " for " + requested + " came back for " + returned);
        assertEquals(Set.copyOf(requested), Set.copyOf(returned), "statistics of " + name + " for " + requested + " came back for " + returned);
        for (ColumnStatistics column : statistics.columns()) {
            Double nullShare = column.nullShare();
            assertTrue(nullShare == null || (nullShare >= 0 && nullShare <= 1), "null share of " + column.column() + " is " + nullShare);
            assertTrue(column.distinctCount() == null || column.distinctCount() >= 0, "negative distinct count for " + column.column());
            assertTrue(column.averageLength() == null || column.averageLength() >= 0, "negative average length for " + column.column());
            if (column.distinctCount() != null && !column.distinctApproximate()) {
                assertTrue(column.distinctCount() <= statistics.rowCount(), "column " + column.column() + " of " + name + " has "
                        + column.distinctCount() + " distinct values in " + statistics.rowCount() + " rows");
            }
        }
    }

    private static int assertSample(DataAsset asset, List<String> requested, int maxRows, Sample sample) {
        String name = asset.container().path() + "/" + asset.name();
        assertNotNull(sample, "sample(" + name + ") returned null");
        assertEquals(requested, sample.columns(), "sample of " + name + " for " + requested + " returned columns " + sample.columns());
        assertTrue(sample.rows().size() <= maxRows, "sample of " + name + " returned " + sample.rows().size() + " rows for maxRows " + maxRows);
        for (List<String> row : sample.rows()) {
            assertEquals(requested.size(), row.size(), "a sampled row of " + name + " has " + row.size() + " values for "
                    + requested.size() + " columns");
        }
        return sample.rows().size();
    }

    private static void assertNoCanary(String canary, String where, String text) {
        assertFalse(text != null && text.contains(canary), where + " contains a secret value");
    }

    /** Called for each container found, with its parent ({@code null} at the top level). */
    @FunctionalInterface
    private interface ContainerVisitor {
        void visit(Container parent, Container child);
    }

    /** Called for each asset found. */
    @FunctionalInterface
    private interface AssetVisitor {
        void visit(DataAsset asset);
    }
}
