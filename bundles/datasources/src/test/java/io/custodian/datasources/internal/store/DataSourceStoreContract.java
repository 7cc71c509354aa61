package io.custodian.datasources.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.SourceHealth;
import io.custodian.datasources.internal.crypto.SealedSecret;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run on each database the platform supports. */
abstract class DataSourceStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final SealedSecret SEALED = new SealedSecret("Y2lwaGVy", "aXZpdml2aXZpdml2", "0a1b2c3d");

    private JpaTestDatabase db;
    private DataSourceStore store;

    abstract JpaTestDatabase open() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        store = new DataSourceStore(db.emf());
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    @Test
    void keepsASourceWithItsSettingsTagsAndStoredSecrets() {
        StoredSource inserted = insert("sales", List.of(StoredSecret.sealed("password", SEALED),
                StoredSecret.referenced("token", SecretReference.env("SALES_TOKEN"))));

        StoredSource found = store.find(inserted.id()).orElseThrow();
        assertEquals(inserted, found);
        assertEquals("fake", found.type());
        assertEquals(Map.of("host", "db.example.com", "port", "5432"), found.fields().settings());
        assertEquals(List.of("finance", "eu"), found.fields().tags());
        assertEquals(SEALED, found.secrets().get("password").sealed());
        assertEquals(SecretReference.env("SALES_TOKEN"), found.secrets().get("token").reference());
        assertEquals(SourceHealth.UNKNOWN.status(), found.health().status());
        assertEquals(T0, found.createdAt());
        assertEquals("alice", found.createdBy());
        assertEquals(Optional.of(found), store.findByName("sales"));
        assertEquals(Set.of("password", "token"), found.toApi().secretNames());
    }

    @Test
    void listsEverySourceById() {
        StoredSource first = insert("a", List.of());
        StoredSource second = insert("b", List.of(StoredSecret.sealed("password", SEALED)));

        assertEquals(List.of(first, second), store.list());
        assertTrue(second.id() > first.id());
    }

    @Test
    void refusesASecondSourceOfTheSameName() {
        insert("sales", List.of());

        assertThrows(PersistenceException.class, () -> insert("sales", List.of()));
        assertEquals(1, store.list().size());
    }

    @Test
    void updatesFieldsAndReplacesAddsAndRemovesSecrets() {
        StoredSource source = insert("sales", List.of(StoredSecret.sealed("password", SEALED),
                StoredSecret.sealed("token", SEALED)));
        SealedSecret fresh = new SealedSecret("bmV3", "aXZpdml2aXZpdml2", "99999999");
        SourceFields changed = new SourceFields("sales-eu", Map.of("host", "eu.example.com"), "bob", List.of(), "moved");

        StoredSource after = store.update(source.id(), changed, List.of(StoredSecret.sealed("password", fresh),
                StoredSecret.referenced("certificate", SecretReference.file("/run/secrets/cert"))), List.of("token"),
                T0.plusSeconds(60)).orElseThrow();

        assertEquals(changed, after.fields());
        assertEquals(Set.of("password", "certificate"), after.secrets().keySet());
        assertEquals(fresh, after.secrets().get("password").sealed());
        assertEquals(T0.plusSeconds(60), after.updatedAt());
        assertEquals(T0, after.createdAt());
        assertEquals(after, store.find(source.id()).orElseThrow());
    }

    @Test
    void changesOfAMissingSourceFindNothing() {
        assertEquals(Optional.empty(), store.update(99, fields("x"), List.of(), List.of(), T0));
        assertEquals(Optional.empty(), store.delete(99));
        assertEquals(Optional.empty(), store.recordHealth(99, new HealthEntry(T0, "UP", "OK", "fine", 1)));
    }

    @Test
    void deletesASourceWithItsSecretsAndHistory() throws Exception {
        StoredSource source = insert("sales", List.of(StoredSecret.sealed("password", SEALED)));
        StoredSource other = insert("other", List.of(StoredSecret.sealed("password", SEALED)));
        store.recordHealth(source.id(), new HealthEntry(T0, "UP", "OK", "fine", 1));
        StoredSource before = store.find(source.id()).orElseThrow();

        assertEquals(Optional.of(before), store.delete(source.id()));

        assertEquals(List.of(other), store.list());
        assertEquals(1L, count("SELECT COUNT(*) AS n FROM data_source_secret"));
        assertEquals(0L, count("SELECT COUNT(*) AS n FROM data_source_health"));
    }

    @Test
    void recordsHealthAndKeepsTheNewestHundredChecks() {
        StoredSource source = insert("sales", List.of());

        Optional<SourceHealth> first = store.recordHealth(source.id(), new HealthEntry(T0, "DOWN", "REFUSED", "no", 5));
        for (int i = 1; i <= 104; i++) {
            store.recordHealth(source.id(), new HealthEntry(T0.plusSeconds(i), i % 2 == 0 ? "UP" : "DOWN", "OK",
                    "check " + i, i));
        }

        assertEquals("UNKNOWN", first.orElseThrow().status());
        List<HealthEntry> history = store.history(source.id(), 1000);
        assertEquals(DataSourceStore.HISTORY_KEPT, history.size());
        assertEquals("check 104", history.get(0).message());
        assertEquals("check 5", history.get(99).message());
        assertEquals(new SourceHealth("UP", "OK", "check 104", T0.plusSeconds(104)),
                store.find(source.id()).orElseThrow().health());
        assertEquals(3, store.history(source.id(), 3).size());
    }

    @Test
    void resealsEverySecretNotUnderTheCurrentKeyInOneGo() {
        insert("a", List.of(StoredSecret.sealed("password", SEALED),
                StoredSecret.sealed("token", new SealedSecret("b2xk", "aXZpdml2aXZpdml2", "lostkey1")),
                StoredSecret.referenced("other", SecretReference.env("X"))));
        insert("b", List.of(StoredSecret.sealed("password", new SealedSecret("Y3Vy", "aXZpdml2aXZpdml2", "current1"))));
        SealedSecret fresh = new SealedSecret("bmV3", "aXZpdml2aXZpdml2", "current1");

        DataSourceStore.ResealCount count = store.reseal("current1", (sourceId, secret) ->
                "lostkey1".equals(secret.sealed().keyId()) ? Optional.empty() : Optional.of(fresh), T0);

        assertEquals(new DataSourceStore.ResealCount(1, 1), count);
        assertEquals(Map.of("current1", 2L, "lostkey1", 1L), store.encryptedByKey());
        StoredSource a = store.findByName("a").orElseThrow();
        assertEquals(fresh, a.secrets().get("password").sealed());
        assertNotEquals(fresh, a.secrets().get("token").sealed());
    }

    private StoredSource insert(String name, List<StoredSecret> secrets) {
        return store.insert("fake", new SourceFields(name, Map.of("host", "db.example.com", "port", "5432"), "alice",
                List.of("finance", "eu"), "Sales warehouse"), "alice", T0, id -> secrets);
    }

    private static SourceFields fields(String name) {
        return new SourceFields(name, Map.of(), "alice", List.of(), "");
    }

    private long count(String sql) throws Exception {
        return ((Number) db.rows(sql).get(0).get("n")).longValue();
    }
}
