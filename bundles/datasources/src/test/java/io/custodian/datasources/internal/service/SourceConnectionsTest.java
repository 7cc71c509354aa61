package io.custodian.datasources.internal.service;

import static io.custodian.datasources.internal.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSourceEvents;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.datasources.internal.testing.FakeConnector;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceConnectionsTest {

    private static final Actor ALICE = new Actor("alice", "alice", new Origin("10.0.0.7", "test", "c-1"));

    @TempDir
    Path root;

    private SourcesKit kit;
    private SourceConnections connections;
    private StoredSource source;

    @BeforeEach
    void setUp() throws Exception {
        kit = SourcesKit.h2(root);
        connections = kit.parts().connections();
        source = kit.parts().registry().create(new SourceDraft("sales", FakeConnector.TYPE, Map.of("host", "db"),
                Map.of("password", SecretInput.literal("pw")), null, null, null), false, ALICE);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void aTestIsRecordedAsHealthAndAudited() {
        TestOutcome outcome = connections.test(source.id(), ALICE);

        assertTrue(outcome.ok());
        assertNull(outcome.code());
        StoredSource after = kit.parts().store().find(source.id()).orElseThrow();
        assertEquals("UP", after.health().status());
        assertEquals("OK", after.health().diagnosis());
        assertEquals(kit.clock.instant(), after.health().checkedAt());
        assertEquals(1, kit.parts().store().history(source.id(), 10).size());
        AuditEvent tested = kit.audit.last(SourceAudit.TESTED);
        assertEquals("alice", tested.actor());
        assertEquals(Outcome.SUCCESS, tested.outcome());
        assertEquals("OK", tested.details().get("diagnosis"));
    }

    @Test
    void goingDownAndComingBackAreAnnouncedOnceAndAuditedAsSystem() {
        connections.test(source.id(), ALICE);
        kit.fake.answer(Diagnosis.REFUSED);
        TestOutcome down = connections.test(source.id(), ALICE);
        connections.test(source.id(), ALICE);
        kit.fake.answer(Diagnosis.OK);
        connections.test(source.id(), ALICE);

        assertEquals("datasource.refused", down.code());
        assertTrue(down.message().startsWith("The host refused the connection"), down.message());
        assertEquals(List.of(DataSourceEvents.CREATED, DataSourceEvents.DOWN, DataSourceEvents.UP), kit.bus.types());
        assertEquals("REFUSED", kit.bus.events().get(1).data().get("diagnosis"));
        AuditEvent wentDown = kit.audit.last(SourceAudit.WENT_DOWN);
        assertEquals("system", wentDown.actor());
        assertEquals("datasource:" + source.id(), wentDown.resource());
        assertEquals(1, kit.audit.events(SourceAudit.WENT_DOWN).size());
        assertEquals(1, kit.audit.events(SourceAudit.CAME_UP).size());
        assertEquals(4, kit.parts().store().history(source.id(), 10).size());
    }

    @Test
    void aFirstCheckThatFailsIsAGoingDown() {
        kit.fake.answer(Diagnosis.TIMEOUT);

        connections.test(source.id(), ALICE);

        assertEquals(List.of(DataSourceEvents.CREATED, DataSourceEvents.DOWN), kit.bus.types());
    }

    @Test
    void testingWhatIsNotThereFails() {
        DataSourceException missing = assertThrows(DataSourceException.class, () -> connections.test(999, ALICE));
        assertEquals(DataSourceException.Reason.NOT_FOUND, missing.reason());

        kit.plugins.stop(FakeConnector.TYPE);
        DataSourceException stopped = assertThrows(DataSourceException.class, () -> connections.test(source.id(), ALICE));
        assertEquals(DataSourceException.Reason.NO_CONNECTOR, stopped.reason());
        assertEquals("datasource.connector_unavailable", kit.audit.last(SourceAudit.TESTED).details().get("code"));
        assertThrows(DataSourceException.class, () -> connections.open(source.id()));
    }

    @Test
    void theScheduledRoundMarksASourceWithoutConnectorDown() {
        kit.plugins.stop(FakeConnector.TYPE);

        assertEquals(1, kit.parts().monitor().checkAll());

        StoredSource after = kit.parts().store().find(source.id()).orElseThrow();
        assertEquals("DOWN", after.health().status());
        assertNull(after.health().diagnosis());
        assertTrue(after.health().message().contains("No running connector"), after.health().message());
        assertTrue(kit.bus.types().contains(DataSourceEvents.DOWN));
    }

    @Test
    void theHealthScheduleRunsRoundsUntilTurnedOff() throws Exception {
        CountDownLatch twoRounds = kit.fake.awaitTests(2);

        kit.parts().monitor().schedule(Duration.ofMillis(20));

        assertTrue(twoRounds.await(10, TimeUnit.SECONDS), "two scheduled rounds ran");
        assertTrue(kit.parts().monitor().scheduled());
        kit.parts().monitor().schedule(Duration.ZERO);
        assertFalse(kit.parts().monitor().scheduled());
    }

    @Test
    void anUnreadableReferenceIsASettingsProblem() {
        StoredSource referencing = kit.parts().registry().create(new SourceDraft("env", FakeConnector.TYPE,
                Map.of("host", "db"), Map.of("password", SecretInput.reference(SecretReference.env("UNSET_VARIABLE"))),
                null, null, null), false, ALICE);

        TestOutcome outcome = connections.test(referencing.id(), ALICE);

        assertEquals(Diagnosis.INVALID_SETTINGS, outcome.diagnosis());
        assertTrue(outcome.detail().contains("UNSET_VARIABLE"), outcome.detail());
        assertEquals("DOWN", kit.parts().store().find(referencing.id()).orElseThrow().health().status());
    }

    @Test
    void unsavedSettingsAreTestedAndNothingIsStored() {
        TestOutcome outcome = connections.testUnsaved(new SourceDraft(null, FakeConnector.TYPE,
                Map.of("host", "other", "port", "15432"), Map.of("password", SecretInput.literal("pw2")), null, null, null),
                ALICE);

        assertTrue(outcome.ok());
        assertEquals(new ConnectionSettings(Map.of("host", "other", "port", "15432"), Map.of("password", "pw2")),
                kit.fake.last());
        assertEquals(1, kit.parts().store().list().size());
        assertEquals("datasource:unsaved", kit.audit.last(SourceAudit.TESTED).resource());
        problem("datasource.settings_rejected", 400, () -> connections.testUnsaved(new SourceDraft(null,
                FakeConnector.TYPE, Map.of(), Map.of(), null, null, null), ALICE));
        problem("datasource.invalid_request", 400, () -> connections.testUnsaved(new SourceDraft(null, null,
                Map.of(), Map.of(), null, null, null), ALICE));
    }

    @Test
    void thePluginHostsRefusalsBecomeDiagnoses() {
        kit.plugins.serve("slow", failing(new PluginCallException("slow", "testConnection", FailureKind.TIMED_OUT,
                "plugin slow did not answer testConnection within 10000 ms")));
        kit.plugins.serve("ungranted", failing(new PluginCallException("ungranted", "testConnection",
                FailureKind.SCOPE_DENIED, "plugin ungranted was not granted the scope network.connect")));

        TestOutcome slow = connections.testUnsaved(new SourceDraft(null, "slow", Map.of(), Map.of(), null, null, null), ALICE);
        TestOutcome ungranted = connections.testUnsaved(new SourceDraft(null, "ungranted", Map.of(), Map.of(), null,
                null, null), ALICE);

        assertEquals(Diagnosis.TIMEOUT, slow.diagnosis());
        assertEquals("datasource.timeout", slow.code());
        assertEquals(Diagnosis.OTHER, ungranted.diagnosis());
        assertTrue(ungranted.detail().contains("network.connect"), ungranted.detail());
    }

    @Test
    void listsTheTypesServedNowWithTheirSecrets() {
        kit.plugins.serve("broken", failing(new PluginCallException("broken", "describe", FailureKind.FAILED, "no")));

        List<ConnectorType> types = connections.types();

        assertEquals(List.of(FakeConnector.TYPE), types.stream().map(ConnectorType::type).toList());
        assertEquals(Set.of("password", "token"), types.get(0).secretNames());
        assertEquals("Fake database", types.get(0).displayName());
    }

    /** A connector whose every call fails as the plugin host reports it; it describes itself with an open schema. */
    private static Connector failing(PluginCallException failure) {
        return new Connector() {
            @Override
            public ConnectorDescriptor describe() {
                if (failure.operation().equals("describe")) {
                    throw failure;
                }
                return new ConnectorDescriptor(failure.pluginId(), failure.pluginId(), "{\"type\": \"object\"}", Set.of());
            }

            @Override
            public ConnectionTestResult testConnection(ConnectionSettings settings) {
                throw failure;
            }

            @Override
            public ConnectorSession open(ConnectionSettings settings) {
                throw failure;
            }
        };
    }
}
