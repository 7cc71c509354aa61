package io.custodian.platform.apikeys.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.api.ApiKeyPrincipal;
import io.custodian.platform.apikeys.internal.service.ApiKeyBody;
import io.custodian.platform.apikeys.internal.service.ApiKeyService;
import io.custodian.platform.apikeys.internal.service.IssuedApiKey;
import io.custodian.platform.apikeys.internal.service.KeyRules;
import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import io.custodian.platform.apikeys.internal.testing.Timestamps;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest {

    private ApiKeysKit kit;
    private IssuedApiKey key;

    @BeforeEach
    void setUp() throws Exception {
        kit = new ApiKeysKit();
        key = kit.create("ci", "catalog.view", "datasource.scan:42");
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private Optional<ApiKeyPrincipal> authenticate(String presented) {
        return kit.registry.authenticate(presented);
    }

    private String keyId() {
        return key.prefix().substring(5, 17);
    }

    @Test
    void aCreatedKeyAuthenticatesAsItsOwnerWithItsScopes() {
        ApiKeyPrincipal principal = authenticate(key.key()).orElseThrow();

        assertEquals("alice", principal.owner());
        assertEquals(keyId(), principal.keyId());
        assertEquals(Set.of(PermissionPattern.parse("catalog.view"), PermissionPattern.parse("datasource.scan:42")),
                principal.scopes());
        assertTrue(kit.registry.looksLikeApiKey(key.key()));
        assertTrue(key.key().startsWith(key.prefix()));
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() throws Exception {
        String secret = key.key().substring(key.prefix().length());

        List<Map<String, Object>> rows = kit.db.rows("SELECT * FROM custodian_api_key");

        assertEquals(1, rows.size());
        String everything = rows.get(0).values().toString();
        assertFalse(everything.contains(secret), everything);
        assertFalse(everything.contains(key.key()));
        assertEquals(SecretHash.hex(secret), rows.get(0).get("secret_hash"));
        assertEquals(keyId(), rows.get(0).get("key_id"));
    }

    @Test
    void aWrongSecretIsRefusedAndAuditedAgainstTheKey() {
        String wrong = key.prefix() + "A".repeat(KeyFormat.SECRET_LENGTH);

        assertEquals(Optional.empty(), authenticate(wrong));
        AuditEvent rejected = kit.audit.last("apikey.rejected");
        assertEquals(Outcome.FAILURE, rejected.outcome());
        assertEquals("apikey:" + keyId(), rejected.resource());
        assertEquals("wrong_secret", rejected.details().get("reason"));
        assertEquals("alice", rejected.details().get("owner"));
    }

    @Test
    void unknownAndMalformedKeysAreRefusedWithoutNamingAKey() {
        String unknownId = KeyFormat.newKey().text();

        assertEquals(Optional.empty(), authenticate(unknownId));
        assertEquals(Optional.empty(), authenticate(key.key() + "x"));
        assertEquals(Optional.empty(), authenticate(key.key().replace("cust_", "cust-")));
        assertEquals(Optional.empty(), authenticate(null));
        assertEquals(Optional.empty(), authenticate("Basic YWxpY2U6c2VjcmV0"));
        assertEquals(List.of(), kit.audit.events("apikey.rejected"));
    }

    @Test
    void aRevokedKeyStopsAtOnce() {
        assertTrue(authenticate(key.key()).isPresent());

        kit.keys.revoke(key.id());

        assertEquals(Optional.empty(), authenticate(key.key()));
        assertEquals("revoked", kit.audit.last("apikey.rejected").details().get("reason"));
    }

    @Test
    void aKeyStopsWorkingAtItsExpiry() {
        IssuedApiKey expiring = kit.keys.create(new ApiKeyBody("short", List.of("catalog.view"),
                ApiKeysKit.START.plus(Duration.ofHours(1)).toString()));
        assertTrue(authenticate(expiring.key()).isPresent());

        kit.clock.advance(Duration.ofMinutes(59));
        assertTrue(authenticate(expiring.key()).isPresent());
        kit.clock.advance(Duration.ofMinutes(1));

        assertEquals(Optional.empty(), authenticate(expiring.key()));
        assertEquals("expired", kit.audit.last("apikey.rejected").details().get("reason"));
    }

    @Test
    void aDisabledOwnersKeysAreRefused() {
        kit.directory.disable("alice");

        assertEquals(Optional.empty(), authenticate(key.key()));
        assertEquals("owner_disabled", kit.audit.last("apikey.rejected").details().get("reason"));
        kit.directory.add("alice");
        assertTrue(authenticate(key.key()).isPresent());
    }

    @Test
    void withoutAUserDirectoryEveryKeyIsRefused() {
        kit.registry.unbindDirectory(kit.directory);

        assertEquals(Optional.empty(), authenticate(key.key()));
    }

    @Test
    void rotationStopsTheOldKeyAtOnceAndIssuesAWorkingOne() {
        assertTrue(authenticate(key.key()).isPresent());

        IssuedApiKey rotated = kit.keys.rotate(key.id());

        assertEquals(key.id(), rotated.id());
        assertNotEquals(key.prefix(), rotated.prefix());
        assertEquals(Optional.empty(), authenticate(key.key()));
        assertEquals("alice", authenticate(rotated.key()).orElseThrow().owner());
    }

    @Test
    void aRevocationOnAnotherNodeIsSeenHereWithinTheCacheTtl() {
        ApiKeyRegistry otherNode = kit.node();
        assertTrue(authenticate(key.key()).isPresent());

        new ApiKeyService(otherNode, kit.rights, kit.audit, KeyRules.DEFAULT).revoke(key.id());

        assertTrue(authenticate(key.key()).isPresent(), "still cached on this node");
        kit.clock.advance(ApiKeysKit.TTL);
        assertEquals(Optional.empty(), authenticate(key.key()));
    }

    @Test
    void aCachedKeyIsCheckedWithoutTheDatabase() throws Exception {
        assertTrue(authenticate(key.key()).isPresent());

        kit.db.execute("DELETE FROM custodian_api_key");

        assertTrue(authenticate(key.key()).isPresent(), "served from the cache");
        kit.clock.advance(ApiKeysKit.TTL);
        assertEquals(Optional.empty(), authenticate(key.key()));
    }

    @Test
    void aCachedCheckTakesWellUnderAMillisecond() {
        for (int i = 0; i < 2_000; i++) {
            authenticate(key.key());
        }
        int calls = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            authenticate(key.key());
        }
        long averageNanos = (System.nanoTime() - start) / calls;

        assertTrue(averageNanos < 1_000_000, "average " + averageNanos + " ns");
    }

    @Test
    void theLastUseIsWrittenOncePerFlushNotOncePerRequest() throws Exception {
        for (int i = 0; i < 50; i++) {
            authenticate(key.key());
            kit.clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(null, lastUsedInDatabase());
        assertEquals(null, kit.registry.store().find(key.id()).orElseThrow().lastUsedAt());

        assertEquals(1, kit.registry.flush());
        assertEquals(0, kit.registry.flush());

        assertEquals(ApiKeysKit.START.plusSeconds(49), lastUsedInDatabase());
    }

    @Test
    void listingsShowAUseThisNodeHasNotWrittenYet() {
        authenticate(key.key());

        assertEquals(ApiKeysKit.START, kit.keys.list(null, false).get(0).lastUsedAt());
    }

    @Test
    void anOlderUseFromAnotherNodeNeverMovesTheLastUseBack() throws Exception {
        ApiKeyRegistry otherNode = kit.node();
        otherNode.authenticate(key.key());
        kit.clock.advance(Duration.ofMinutes(5));
        authenticate(key.key());

        kit.registry.flush();
        otherNode.flush();

        assertEquals(ApiKeysKit.START.plus(Duration.ofMinutes(5)),
                lastUsedInDatabase());
    }

    @Test
    void repeatedRejectionsAreAuditedOncePerMinuteWithACount() {
        String wrong = key.prefix() + "B".repeat(KeyFormat.SECRET_LENGTH);
        for (int i = 0; i < 10; i++) {
            authenticate(wrong);
        }
        assertEquals(1, kit.audit.events("apikey.rejected").size());

        kit.clock.advance(Duration.ofMinutes(1));
        kit.registry.flush();

        List<AuditEvent> rejected = kit.audit.events("apikey.rejected");
        assertEquals(2, rejected.size());
        assertEquals("0", rejected.get(0).details().get("repeats"));
        assertEquals("9", rejected.get(1).details().get("repeats"));
        kit.registry.flush();
        assertEquals(2, kit.audit.events("apikey.rejected").size());
    }

    @Test
    void aDatabaseFailureRefusesTheKeyInsteadOfThrowing() throws Exception {
        JpaTestDatabase broken = ApiKeysKit.h2();
        EntityManagerFactory closed = broken.emf();
        broken.close();
        ApiKeyRegistry registry = new ApiKeyRegistry(new ApiKeyStore(closed), kit.audit, kit.clock,
                ApiKeysKit.TTL);
        registry.bindDirectory(kit.directory);

        assertEquals(Optional.empty(), registry.authenticate(key.key()));
    }

    private Instant lastUsedInDatabase() throws Exception {
        return Timestamps.instant(kit.db.rows("SELECT last_used_at FROM custodian_api_key").get(0).get("last_used_at"));
    }
}
