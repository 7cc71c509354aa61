package io.custodian.platform.plugin.runtime;

import static io.custodian.platform.plugin.runtime.Waits.CLOCK;
import static io.custodian.platform.plugin.runtime.Waits.await;
import static io.custodian.platform.plugin.runtime.Waits.failsWith;
import static io.custodian.platform.plugin.runtime.Waits.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedConnectorTest {

    private static final Set<Scope> NETWORK = Set.of(Scope.NETWORK_CONNECT);
    private static final ConnectionSettings OK = settings("ok");

    private final ScriptedConnector plugin = new ScriptedConnector();
    private final List<String> denials = Collections.synchronizedList(new ArrayList<>());
    private final PluginCallGuard guard = new PluginCallGuard("scripted",
            new CallLimits(Duration.ofMillis(200), 2, Duration.ofMillis(100), 8), CLOCK, null,
            (id, scope, operation) -> denials.add(id + "/" + scope.id() + "/" + operation));

    @AfterEach
    void stop() {
        plugin.release.countDown();
        guard.close();
    }

    private static ConnectionSettings settings(String mode) {
        return new ConnectionSettings(Map.of("mode", mode), Map.of("password", "secret"));
    }

    private static DataAsset customers() {
        return new DataAsset(new Container(List.of("sales"), ContainerKind.DATABASE), "customers", AssetKind.TABLE,
                List.of(), List.of(), List.of(), null, null, 10, null);
    }

    private boolean ranOnPluginWorker(String operation) {
        return plugin.calls.stream().anyMatch(call -> call.startsWith(operation + "@plugin-scripted-"));
    }

    @Test
    void namespaceIsAskedOnceOnTheWorkerAndNamesGoThroughTheGuard() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        try (ConnectorSession session = connector.open(OK)) {
            assertEquals("scripted://sales:1", session.namespace());
            assertEquals("scripted://sales:1", session.namespace());
            assertEquals("db/public/orders", session.datasetName(List.of("db", "public", "orders")));
        }
        assertEquals(1, plugin.calls.stream().filter(call -> call.startsWith("namespace@")).count(), plugin.calls.toString());
        assertTrue(ranOnPluginWorker("namespace"));
        assertTrue(ranOnPluginWorker("datasetName"));
    }

    @Test
    void tokenListingAndNamedAssetsRunOnTheWorker() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        Container sales = new Container(List.of("sales"), ContainerKind.DATABASE);
        try (ConnectorSession session = connector.open(OK)) {
            List<AssetToken> tokens;
            try (Stream<AssetToken> stream = session.changeTokens(sales)) {
                tokens = stream.toList();
            }
            assertEquals(List.of(new AssetToken("customers", AssetKind.TABLE, null), new AssetToken("orders", AssetKind.TABLE, null)),
                    tokens, "the plugin's null element is skipped, as in assets()");
            List<String> named;
            try (Stream<DataAsset> stream = session.assets(sales, Set.of("orders"))) {
                named = stream.map(DataAsset::name).toList();
            }
            assertEquals(List.of("orders"), named);
        }
        assertTrue(ranOnPluginWorker("assets"), plugin.calls.toString());
    }

    @Test
    void aSessionWithoutNamespaceAnswersNullAndIsNotAskedAgain() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        try (ConnectorSession session = connector.open(settings("anonymous"))) {
            assertNull(session.namespace());
            assertNull(session.namespace());
        }
        assertEquals(1, plugin.calls.stream().filter(call -> call.startsWith("namespace@")).count(), plugin.calls.toString());
    }

    @Test
    void withoutNetworkConnectTheConnectorIsNeverHandedSettings() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, Set.of(Scope.SAMPLES_READ));

        PluginCallException test = failsWith(FailureKind.SCOPE_DENIED, () -> connector.testConnection(OK));
        failsWith(FailureKind.SCOPE_DENIED, () -> connector.open(OK));

        assertEquals("plugin scripted was not granted the scope network.connect that testConnection needs", test.getMessage());
        assertEquals(List.of("scripted/network.connect/testConnection", "scripted/network.connect/open"), denials);
        assertTrue(plugin.calls.isEmpty(), "the plugin was not called: " + plugin.calls);
        assertEquals("scripted", connector.describe().typeId(), "describing needs no scope");
        assertEquals(2, guard.health().failures());
    }

    @Test
    void testsAConnectionOnThePluginsWorker() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);

        assertTrue(connector.testConnection(OK).ok());
        assertTrue(ranOnPluginWorker("testConnection"), plugin.calls.toString());
        assertTrue(denials.isEmpty());
    }

    @Test
    void aDiagnosedFailureReachesTheCallerAsAConnectorException() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);

        ConnectorException failure = assertThrows(ConnectorException.class, () -> connector.open(settings("auth")));

        assertEquals(Diagnosis.AUTH_FAILED, failure.diagnosis());
        assertEquals("plugin scripted failed in open: password authentication failed for user scan", failure.getMessage());
        assertEquals(FailureKind.FAILED, guard.health().lastFailure().kind());
        assertThrows(ConnectorException.class, () -> connector.testConnection(settings("auth")));
    }

    @Test
    void noSessionIsInvalidOutput() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);

        PluginCallException failure = failsWith(FailureKind.INVALID_OUTPUT, () -> connector.open(settings("nothing")));

        assertEquals("plugin scripted returned no session (null) from open", failure.getMessage());
    }

    @Test
    void aSessionThatArrivesAfterTheTimeoutIsClosed() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);

        failsWith(FailureKind.TIMED_OUT, () -> connector.open(settings("stubborn")));
        plugin.release.countDown();

        await(plugin.lateSessionClosed, "the orphaned session is closed");
    }

    @Test
    void containersAreFetchedLazilyEachThroughTheGuard() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        try (ConnectorSession session = connector.open(OK)) {
            Stream<Container> containers = session.containers(null);
            assertEquals(0, plugin.containersProduced.get(), "nothing is read before it is asked for");

            Iterator<Container> iterator = containers.iterator();
            assertEquals(List.of("db0"), iterator.next().path());
            assertEquals(1, plugin.containersProduced.get(), "one element per step");

            List<String> rest = new ArrayList<>();
            iterator.forEachRemaining(container -> rest.add(container.name()));
            assertEquals(List.of("db1", "db2", "db3", "db4"), rest);
            assertTrue(ranOnPluginWorker("container 3"), plugin.calls.toString());

            containers.close();
            await(plugin.streamClosed, "the plugin's stream is closed");
            assertTrue(ranOnPluginWorker("containers.close"), plugin.calls.toString());
        }
    }

    @Test
    void aHangInTheMiddleOfAnEnumerationTimesOut() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        plugin.hangAtContainer = 2;
        try (ConnectorSession session = connector.open(OK); Stream<Container> containers = session.containers(null)) {
            Iterator<Container> iterator = containers.iterator();
            iterator.next();
            iterator.next();

            long start = System.nanoTime();
            PluginCallException failure = failsWith(FailureKind.TIMED_OUT, iterator::hasNext);

            assertTrue(millisSince(start) < 200 + 1_500, "control came back in time");
            assertEquals("containers.next", failure.operation());
            await(plugin.interrupted, "the connector is interrupted");
        }
    }

    @Test
    void nullElementsAreSkippedAndCounted() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        try (ConnectorSession session = connector.open(OK);
             Stream<DataAsset> assets = session.assets(new Container(List.of("sales"), ContainerKind.DATABASE))) {

            assertEquals(List.of("customers", "orders"), assets.map(DataAsset::name).toList());
        }
        assertEquals(1, guard.health().failures());
        assertEquals(FailureKind.INVALID_OUTPUT, guard.health().lastFailure().kind());
    }

    @Test
    void statisticsSamplesAndCloseRunThroughTheGuard() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        DataAsset asset = customers();
        ConnectorSession session = connector.open(OK);

        assertEquals(10, session.statistics(asset, List.of("email")).rowCount());
        assertEquals(List.of("x"), session.sample(asset, List.of("email"), 5).valuesOf("email"));
        session.close();
        session.close();

        assertTrue(ranOnPluginWorker("statistics") && ranOnPluginWorker("sample") && ranOnPluginWorker("close"),
                plugin.calls.toString());
        assertEquals(1, plugin.sessionCloses.get(), "closed once");
    }

    @Test
    void closingAfterThePluginStoppedIsQuiet() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);
        ConnectorSession session = connector.open(OK);
        Stream<Container> containers = session.containers(null);

        guard.close();

        containers.close();
        session.close();
        failsWith(FailureKind.UNAVAILABLE, () -> session.statistics(customers(), List.of()));
    }

    @Test
    void describeIsAskedOnce() {
        GuardedConnector connector = GuardedConnector.wrap(plugin, guard, NETWORK);

        connector.describe();
        connector.describe();

        assertEquals(1, plugin.calls.stream().filter(call -> call.startsWith("describe@")).count());
    }
}
