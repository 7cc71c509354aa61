package io.custodian.platform.apikeys.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.internal.ApiKeysKit;
import io.custodian.platform.apikeys.internal.SecretHash;
import io.custodian.platform.apikeys.internal.service.ApiKeyBody;
import io.custodian.platform.apikeys.internal.service.IssuedApiKey;
import io.custodian.platform.apikeys.internal.service.KeyRules;
import io.custodian.platform.apikeys.internal.testing.Expect;
import io.custodian.platform.apikeys.internal.testing.Timestamps;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The key table on PostgreSQL: the migration, time columns, the lookups, name uniqueness and the
 * last-use update. Runs with {@code -Dcustodian.it.postgres=true} (the ci profile).
 */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresApiKeysTest {

    private ApiKeysKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new ApiKeysKit(JpaTestDatabase.postgres(ApiKeyStore.PERSISTENCE_UNIT, ApiKeysKit.MIGRATIONS),
                KeyRules.DEFAULT);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void aKeyIsStoredAsAHashAndAuthenticates() throws Exception {
        IssuedApiKey key = kit.create("ci", "catalog.view");
        String secret = key.key().substring(key.prefix().length());

        List<Map<String, Object>> rows = kit.db.rows("SELECT * FROM custodian_api_key");

        assertFalse(rows.toString().contains(secret));
        assertEquals(SecretHash.hex(secret), rows.get(0).get("secret_hash"));
        assertEquals("alice", kit.registry.authenticate(key.key()).orElseThrow().owner());
    }

    @Test
    void expiryRotationAndRevocationWork() {
        IssuedApiKey key = kit.keys.create(new ApiKeyBody("ci", List.of("catalog.view"),
                ApiKeysKit.START.plus(Duration.ofHours(2)).toString()));
        IssuedApiKey rotated = kit.keys.rotate(key.id());

        assertTrue(kit.registry.authenticate(key.key()).isEmpty());
        assertTrue(kit.registry.authenticate(rotated.key()).isPresent());
        assertEquals(ApiKeysKit.START.plus(Duration.ofHours(2)), kit.node().store().find(key.id()).orElseThrow()
                .expiresAt());
        kit.clock.advance(Duration.ofHours(2));
        assertTrue(kit.registry.authenticate(rotated.key()).isEmpty());
        kit.keys.revoke(key.id());
        assertTrue(kit.node().store().find(key.id()).orElseThrow().revokedAt() != null);
    }

    @Test
    void namesAreUniqueAmongKeysNotRevoked() {
        IssuedApiKey first = kit.create("ci", "catalog.view");

        Expect.problem("apikey.duplicate_name", 409, () -> kit.create("ci", "catalog.view"));
        kit.keys.revoke(first.id());
        kit.create("ci", "catalog.view");

        assertEquals(2, kit.keys.list(null, false).size());
    }

    @Test
    void theLastUseIsWrittenOnceAndNeverMovesBack() throws Exception {
        IssuedApiKey key = kit.create("ci", "catalog.view");
        kit.clock.advance(Duration.ofMinutes(5));
        kit.registry.authenticate(key.key());
        kit.registry.authenticate(key.key());
        assertEquals(1, kit.registry.flush());
        kit.node().store().recordUse(key.id(), ApiKeysKit.START);

        Object stored = kit.db.rows("SELECT last_used_at FROM custodian_api_key").get(0).get("last_used_at");

        assertEquals(ApiKeysKit.START.plus(Duration.ofMinutes(5)), Timestamps.instant(stored));
    }
}
