package io.custodian.datasources.internal.service;

import static io.custodian.datasources.internal.testing.Expect.neverAudited;
import static io.custodian.datasources.internal.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSourceEvents;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.datasources.internal.testing.FakeConnector;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Diagnosis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

    private static final String SECRET = "Tr0ub4dor&3-secret";
    private static final Actor ALICE = new Actor("alice", "alice", new Origin("10.0.0.7", "test", "c-1"));

    @TempDir
    Path root;

    private SourcesKit kit;
    private SourceRegistry registry;

    @BeforeEach
    void setUp() throws Exception {
        kit = SourcesKit.h2(root);
        registry = kit.parts().registry();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void storesSettingsAsTextAndTheSecretOnlyEncrypted() throws Exception {
        StoredSource created = registry.create(draft("sales", Map.of("password", SecretInput.literal(SECRET))), false, ALICE);

        assertEquals(Map.of("host", "db.example.com", "port", "5432"), created.fields().settings());
        assertEquals("alice", created.fields().owner(), "the owner defaults to the caller");
        assertEquals(Set.of("password"), created.secrets().keySet());
        Map<String, Object> row = kit.db.rows("SELECT * FROM data_source_secret").get(0);
        assertEquals("ENCRYPTED", row.get("kind"));
        assertEquals(kit.parts().vault().ring().current().id(), row.get("key_id"));
        assertFalse(String.valueOf(kit.db.rows("SELECT * FROM data_source_secret")).contains(SECRET));
        assertFalse(String.valueOf(kit.db.rows("SELECT * FROM data_source")).contains(SECRET));
    }

    @Test
    void theConnectorAloneReceivesTheDecryptedSecret() {
        StoredSource created = registry.create(draft("sales", Map.of("password", SecretInput.literal(SECRET))), false, ALICE);

        try (ConnectorSession session = kit.parts().connections().open(created.id())) {
            assertEquals(SECRET, kit.fake.last().secrets().get("password"));
            assertEquals(Map.of("host", "db.example.com", "port", "5432"), kit.fake.last().properties());
        }
        assertFalse(kit.fake.last().toString().contains(SECRET));
    }

    @Test
    void auditsAndAnnouncesTheRegistrationWithoutTheSecret() {
        StoredSource created = registry.create(draft("sales", Map.of("password", SecretInput.literal(SECRET))), false, ALICE);

        AuditEvent event = kit.audit.last(SourceAudit.CREATED);
        assertEquals("alice", event.actor());
        assertEquals("datasource:" + created.id(), event.resource());
        assertEquals("10.0.0.7", event.origin().clientIp());
        assertEquals(Map.of("name", "sales", "type", FakeConnector.TYPE), event.details());
        assertTrue(event.changes().contains(new FieldChange("settings.host", null, "db.example.com")));
        assertTrue(event.changes().stream().anyMatch(c -> c.field().equals("secrets.password")));
        neverAudited(kit.audit, SECRET);
        assertEquals(List.of(DataSourceEvents.CREATED), kit.bus.types());
        assertEquals(Map.of("id", created.id(), "name", "sales", "type", FakeConnector.TYPE), kit.bus.events().get(0).data());
        assertEquals("datasource/" + created.id(), kit.bus.events().get(0).subject());
    }

    @Test
    void anUnknownTypeListsTheTypesServedNow() {
        CustodianException e = problem("datasource.unknown_type", 400, () -> registry.create(
                new SourceDraft("x", "oracle", Map.of(), Map.of(), null, null, null), false, ALICE));

        assertEquals(List.of(FakeConnector.TYPE), e.extensions().get("types"));
        AuditEvent refusal = kit.audit.last(SourceAudit.CREATED);
        assertEquals(Outcome.FAILURE, refusal.outcome());
        assertEquals("datasource.unknown_type", refusal.details().get("code"));
    }

    @Test
    void settingsAgainstTheSchemaAreRefusedFieldByField() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("port", "many");
        settings.put("colour", "blue");

        CustodianException e = problem("datasource.settings_rejected", 400, () -> registry.create(
                new SourceDraft("x", FakeConnector.TYPE, settings, Map.of(), null, null, null), false, ALICE));

        assertEquals(List.of(Map.of("field", "secrets.password", "message", "is required"),
                Map.of("field", "settings.colour", "message", "is not a setting of this type"),
                Map.of("field", "settings.host", "message", "is required"),
                Map.of("field", "settings.port", "message", "must be an integer")), e.extensions().get("errors"));
        assertTrue(kit.parts().store().list().isEmpty());
    }

    @Test
    void malformedFieldsAreRefusedBeforeTheConnectorIsAsked() {
        CustodianException e = problem("datasource.invalid_request", 400, () -> registry.create(
                new SourceDraft(" ", FakeConnector.TYPE, Map.of(), Map.of(), null, List.of("ok", " "), "d".repeat(4001)),
                false, ALICE));

        assertEquals(3, ((List<?>) e.extensions().get("errors")).size(), e.getMessage());
    }

    @Test
    void aNameIsTakenOnce() {
        registry.create(draft("sales", secret()), false, ALICE);

        problem("datasource.name_taken", 409, () -> registry.create(draft("sales", secret()), false, ALICE));
    }

    @Test
    void aFailedTestBeforeSavingSavesNothingAndAnswersTheDiagnosis() {
        kit.fake.answer(Diagnosis.AUTH_FAILED);

        CustodianException e = problem("datasource.auth_failed", 422,
                () -> registry.create(draft("sales", secret()), true, ALICE));

        assertEquals("AUTH_FAILED", e.extensions().get("diagnosis"));
        assertTrue(e.getMessage().contains("rejected the credentials"), e.getMessage());
        assertTrue(kit.parts().store().list().isEmpty());
        assertEquals(SECRET, kit.fake.last().secrets().get("password"), "the test got the secret");
        neverAudited(kit.audit, SECRET);
    }

    @Test
    void aPassedTestBeforeSavingSaves() {
        StoredSource created = registry.create(draft("sales", secret()), true, ALICE);

        assertEquals(1, kit.fake.tests());
        assertEquals(created, kit.parts().store().find(created.id()).orElseThrow());
    }

    @Test
    void anUpdateKeepsOmittedSecretsRemovesNullsAndReplacesValues() {
        Map<String, SecretInput> both = Map.of("password", SecretInput.literal(SECRET), "token", SecretInput.literal("tok"));
        StoredSource created = registry.create(draft("sales", both), false, ALICE);
        Map<String, SecretInput> changes = new HashMap<>();
        changes.put("token", null);

        StoredSource after = registry.update(created.id(), new SourceChanges(null, null, null, changes, null, null,
                "new words"), false, ALICE);

        assertEquals(Set.of("password"), after.secrets().keySet());
        assertEquals(created.secrets().get("password"), after.secrets().get("password"), "kept as it was");
        assertEquals("new words", after.fields().description());
        assertEquals(created.fields().settings(), after.fields().settings());
        assertEquals("sales", after.name());

        StoredSource replaced = registry.update(created.id(), new SourceChanges("sales-eu", FakeConnector.TYPE,
                Map.of("host", "eu.example.com"), Map.of("password", SecretInput.literal("n3w-pass")), "bob",
                List.of("eu"), null), false, ALICE);
        assertEquals(Map.of("host", "eu.example.com"), replaced.fields().settings());
        assertEquals("bob", replaced.fields().owner());
        assertEquals(List.of("eu"), replaced.fields().tags());
        kit.parts().connections().open(created.id()).close();
        assertEquals("n3w-pass", kit.fake.last().secrets().get("password"));
        assertEquals(List.of(DataSourceEvents.CREATED, DataSourceEvents.CHANGED, DataSourceEvents.CHANGED), kit.bus.types());
        neverAudited(kit.audit, SECRET);
        neverAudited(kit.audit, "n3w-pass");
    }

    @Test
    void anUpdateIsCheckedAgainstTheSchemaAsAWhole() {
        StoredSource created = registry.create(draft("sales", secret()), false, ALICE);
        Map<String, SecretInput> removal = new HashMap<>();
        removal.put("password", null);

        problem("datasource.settings_rejected", 400, () -> registry.update(created.id(),
                new SourceChanges(null, null, null, removal, null, null, null), false, ALICE));
        problem("datasource.invalid_request", 400, () -> registry.update(created.id(),
                new SourceChanges(null, "postgresql", null, null, null, null, null), false, ALICE));
        problem("datasource.not_found", 404, () -> registry.update(999,
                new SourceChanges("x", null, null, null, null, null, null), false, ALICE));
        registry.create(draft("other", secret()), false, ALICE);
        problem("datasource.name_taken", 409, () -> registry.update(created.id(),
                new SourceChanges("other", null, null, null, null, null, null), false, ALICE));
    }

    @Test
    void withItsConnectorStoppedASourceKeepsItsConnectionButItsOwnerMayChange() {
        StoredSource created = registry.create(draft("sales", secret()), false, ALICE);
        kit.plugins.stop(FakeConnector.TYPE);

        problem("datasource.connector_unavailable", 409, () -> registry.update(created.id(),
                new SourceChanges(null, null, Map.of("host", "x"), null, null, null, null), false, ALICE));
        assertEquals("bob", registry.update(created.id(),
                new SourceChanges(null, null, null, null, "bob", null, null), false, ALICE).fields().owner());
    }

    @Test
    void anUpdateWithATestSavesNothingWhenTheNewSettingsFail() {
        StoredSource created = registry.create(draft("sales", secret()), false, ALICE);
        kit.fake.answer(Diagnosis.UNREACHABLE);

        problem("datasource.unreachable", 422, () -> registry.update(created.id(),
                new SourceChanges(null, null, Map.of("host", "nowhere.example.com"), null, null, null, null), true, ALICE));

        assertEquals("db.example.com", kit.parts().store().find(created.id()).orElseThrow().fields().settings().get("host"));
        assertEquals(SECRET, kit.fake.last().secrets().get("password"), "the kept secret was tried with the new host");
    }

    @Test
    void deletesAndAuditsTheRemoval() {
        StoredSource created = registry.create(draft("sales", secret()), false, ALICE);

        registry.delete(created.id(), ALICE);

        assertTrue(kit.parts().store().find(created.id()).isEmpty());
        assertEquals(Outcome.SUCCESS, kit.audit.last(SourceAudit.DELETED).outcome());
        assertTrue(kit.bus.types().contains(DataSourceEvents.DELETED));
        problem("datasource.not_found", 404, () -> registry.delete(created.id(), ALICE));
        assertEquals(Outcome.FAILURE, kit.audit.last(SourceAudit.DELETED).outcome());
    }

    @Test
    void referencedSecretsAreStoredAsReferencesAndReadAtUse() throws Exception {
        kit.environment.put("SALES_PASSWORD", "from-environment");
        Path file = Files.writeString(kit.secretFolder.resolve("token"), "from-file\n");
        StoredSource created = registry.create(draft("sales", Map.of(
                "password", SecretInput.reference(SecretReference.env("SALES_PASSWORD")),
                "token", SecretInput.reference(SecretReference.file(file.toString())))), false, ALICE);

        assertEquals(List.of("REFERENCE", "REFERENCE"), kit.db.rows("SELECT kind FROM data_source_secret").stream()
                .map(r -> r.get("kind")).toList());
        kit.parts().connections().open(created.id()).close();
        assertEquals(Map.of("password", "from-environment", "token", "from-file"), kit.fake.last().secrets());

        kit.environment.remove("SALES_PASSWORD");
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> kit.parts().connections().open(created.id()));
        assertEquals(DataSourceException.Reason.SECRET_UNAVAILABLE, e.reason());
    }

    @Test
    void referencesOutsideWhatIsAllowedAreRefused() {
        CustodianException e = problem("datasource.settings_rejected", 400, () -> registry.create(draft("sales", Map.of(
                "password", SecretInput.reference(SecretReference.env(MasterKeySource.ENV)),
                "token", SecretInput.reference(SecretReference.file(kit.keyFolder.resolve("master.key").toString())))),
                false, ALICE));

        assertEquals(2, ((List<?>) e.extensions().get("errors")).size(), e.getMessage());
    }

    private static SourceDraft draft(String name, Map<String, SecretInput> secrets) {
        return new SourceDraft(name, FakeConnector.TYPE, Map.of("host", "db.example.com", "port", 5432), secrets, null,
                List.of("finance"), "Sales warehouse");
    }

    private static Map<String, SecretInput> secret() {
        return Map.of("password", SecretInput.literal(SECRET));
    }
}
