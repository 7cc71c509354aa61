package io.custodian.datasources.internal.service;

import static io.custodian.datasources.internal.testing.Expect.neverAudited;
import static io.custodian.datasources.internal.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSourceEvents;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.platform.plugin.runtime.CallLimits;
import io.custodian.platform.plugin.runtime.GuardedConnector;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugins.h2.H2Connector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real H2 connector plugin (its classes, wrapped by the plugin runtime's guard as the host wraps them) against a
 * real H2 file database with a password.
 */
class H2ConnectorTest {

    private static final String PASSWORD = "h2-Secret-pass";

    @TempDir
    Path root;

    private SourcesKit kit;
    private PluginCallGuard guard;
    private String url;

    @BeforeEach
    void setUp() throws Exception {
        url = "jdbc:h2:file:" + root.resolve("db/sales").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "owner", PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(200))");
        }
        kit = SourcesKit.h2(root);
        guard = new PluginCallGuard("h2", CallLimits.defaults(), Clock.systemUTC());
        kit.plugins.serve("h2", GuardedConnector.wrap(new H2Connector(), guard, Set.of(Scope.NETWORK_CONNECT)));
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
        guard.close();
    }

    @Test
    void registersATestedSourceAndOpensItsDatabase() {
        StoredSource source = kit.parts().registry().create(draft("sales", url, PASSWORD), true, Actor.SYSTEM);

        TestOutcome outcome = kit.parts().connections().test(source.id(), Actor.SYSTEM);
        assertTrue(outcome.ok(), outcome.message());
        assertEquals("UP", kit.parts().store().find(source.id()).orElseThrow().health().status());
        try (ConnectorSession session = kit.parts().connections().open(source.id());
             Stream<Container> databases = session.containers(null)) {
            assertEquals(1, databases.count());
        }
        neverAudited(kit.audit, PASSWORD);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        problem("datasource.auth_failed", 422,
                () -> kit.parts().registry().create(draft("sales", url, "wrong"), true, Actor.SYSTEM));

        StoredSource saved = kit.parts().registry().create(draft("sales", url, "wrong"), false, Actor.SYSTEM);
        TestOutcome outcome = kit.parts().connections().test(saved.id(), Actor.SYSTEM);
        assertEquals(Diagnosis.AUTH_FAILED, outcome.diagnosis());
        assertEquals("datasource.auth_failed", outcome.code());
        assertEquals(List.of(DataSourceEvents.CREATED, DataSourceEvents.DOWN), kit.bus.types());
    }

    @Test
    void aMissingDatabaseFileIsReportedAsMissing() {
        String missing = "jdbc:h2:file:" + root.resolve("db/nothing-here").toAbsolutePath();

        problem("datasource.database_missing", 422,
                () -> kit.parts().registry().create(draft("gone", missing, PASSWORD), true, Actor.SYSTEM));
        TestOutcome outcome = kit.parts().connections().testUnsaved(draft(null, missing, PASSWORD), Actor.SYSTEM);

        assertEquals(Diagnosis.DATABASE_MISSING, outcome.diagnosis());
        assertTrue(kit.parts().store().list().isEmpty());
    }

    @Test
    void theSchemaOfTheRealConnectorIsEnforced() {
        problem("datasource.settings_rejected", 400, () -> kit.parts().registry().create(new SourceDraft("bad", "h2",
                Map.of("url", "jdbc:postgresql://x/y"), Map.of(), null, null, null), false, Actor.SYSTEM));
    }

    @Test
    void withoutTheNetworkScopeTheConnectorIsNeverHandedTheSettings() {
        PluginCallGuard ungranted = new PluginCallGuard("h2", CallLimits.defaults(), Clock.systemUTC());
        try {
            kit.plugins.serve("h2", GuardedConnector.wrap(new H2Connector(), ungranted, Set.of()));

            TestOutcome outcome = kit.parts().connections().testUnsaved(draft(null, url, PASSWORD), Actor.SYSTEM);

            assertEquals(Diagnosis.OTHER, outcome.diagnosis());
            assertTrue(outcome.detail().contains("network.connect"), outcome.detail());
        } finally {
            ungranted.close();
        }
    }

    private static SourceDraft draft(String name, String url, String password) {
        return new SourceDraft(name, "h2", Map.of("url", url, "user", "owner"),
                Map.of("password", SecretInput.literal(password)), null, null, null);
    }
}
