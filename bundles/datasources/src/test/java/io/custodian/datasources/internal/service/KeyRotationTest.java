package io.custodian.datasources.internal.service;

import static io.custodian.datasources.internal.testing.Expect.neverAudited;
import static io.custodian.datasources.internal.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.internal.crypto.MasterKey;
import io.custodian.datasources.internal.crypto.MasterKeyFiles;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.datasources.internal.testing.FakeConnector;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {

    private static final Map<String, String> PASSWORDS = Map.of("sales", "pw-sales", "hr", "pw-hr", "ops", "pw-ops");

    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path root;

    private SourcesKit kit;
    private MasterKeyFiles files;

    @BeforeEach
    void setUp() throws Exception {
        kit = SourcesKit.h2(root);
        files = new MasterKeyFiles(kit.keyFolder);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void rotationKeepsEverySecretReadableAndChangesEveryCiphertext() throws Exception {
        register();
        String before = String.valueOf(kit.db.rows("SELECT ciphertext FROM data_source_secret ORDER BY id"));
        MasterKey old = kit.parts().vault().ring().current();

        KeyRotation.Rotated rotated = kit.parts().rotation().rotate(Actor.SYSTEM);

        assertEquals(old.id(), rotated.previousKeyId());
        assertEquals(new KeyRotation.Rotated(old.id(), rotated.keyId(), 3, 0), rotated);
        assertEquals(rotated.keyId(), files.read(files.current()).orElseThrow().id());
        assertFalse(Files.exists(files.next()));
        assertFalse(Files.exists(files.previous()));
        assertEquals(Map.of(rotated.keyId(), 3L), kit.parts().store().encryptedByKey());
        List<Object> after = kit.db.rows("SELECT ciphertext FROM data_source_secret ORDER BY id").stream()
                .map(r -> r.get("ciphertext")).toList();
        for (Object ciphertext : after) {
            if (ciphertext != null) {
                assertFalse(before.contains(String.valueOf(ciphertext)), "every ciphertext changed");
            }
        }
        assertEveryPasswordReadable();
        kit.restart();
        assertEveryPasswordReadable();
        AuditEvent audited = kit.audit.last(SourceAudit.KEY_ROTATED);
        assertEquals("3", audited.details().get("resealed"));
        assertEquals(Outcome.SUCCESS, audited.outcome());
        PASSWORDS.values().forEach(secret -> neverAudited(kit.audit, secret));
    }

    @Test
    void secretsWrittenAfterARotationUseTheNewKey() {
        KeyRotation.Rotated rotated = kit.parts().rotation().rotate(Actor.SYSTEM);

        register();

        assertEquals(Map.of(rotated.keyId(), 3L), kit.parts().store().encryptedByKey());
        assertEveryPasswordReadable();
    }

    @Test
    void anEnvironmentKeyIsNotRotatedHere() {
        kit.environment.put(MasterKeySource.ENV, newKeyText());
        kit.restart();

        problem("datasource.master_key_external", 409, () -> kit.parts().rotation().rotate(Actor.SYSTEM));

        assertEquals(Outcome.FAILURE, kit.audit.last(SourceAudit.KEY_ROTATED).outcome());
    }

    @Test
    void theNextStartFinishesARotationThatCommittedBeforeItsKeyFileMoved() {
        register();
        MasterKey old = kit.parts().vault().ring().current();
        MasterKey next = MasterKey.generate(random);
        // The state right after the re-encryption committed: new key written aside, old key copied, master.key old.
        files.write(files.next(), next);
        files.write(files.previous(), old);
        kit.parts().store().reseal(next.id(), (id, secret) -> kit.parts().vault().reseal(id, secret, next),
                kit.clock.instant());

        kit.restart();

        assertEquals(next, kit.parts().vault().ring().current());
        assertEquals(next, files.read(files.current()).orElseThrow());
        assertFalse(Files.exists(files.next()));
        assertFalse(Files.exists(files.previous()));
        assertEveryPasswordReadable();
    }

    @Test
    void theNextStartUndoesARotationThatDidNotCommit() {
        register();
        MasterKey old = kit.parts().vault().ring().current();
        files.write(files.next(), MasterKey.generate(random));
        files.write(files.previous(), old);

        kit.restart();

        assertEquals(old, kit.parts().vault().ring().current());
        assertEquals(old, files.read(files.current()).orElseThrow());
        assertFalse(Files.exists(files.next()));
        assertFalse(Files.exists(files.previous()));
        assertEquals(Map.of(old.id(), 3L), kit.parts().store().encryptedByKey());
        assertEveryPasswordReadable();
    }

    @Test
    void anOperatorRotatesTheEnvironmentKeyByGivingTheOldOneForOneStart() {
        String first = newKeyText();
        kit.environment.put(MasterKeySource.ENV, first);
        kit.restart();
        register();
        String second = newKeyText();
        kit.environment.put(MasterKeySource.ENV, second);
        kit.environment.put(MasterKeySource.ENV_PREVIOUS, first);

        kit.restart();

        String secondId = kit.parts().vault().ring().current().id();
        assertEquals(Map.of(secondId, 3L), kit.parts().store().encryptedByKey());
        assertEquals("start", kit.audit.last(SourceAudit.KEY_ROTATED).details().get("trigger"));
        kit.environment.remove(MasterKeySource.ENV_PREVIOUS);
        kit.restart();
        assertEveryPasswordReadable();
    }

    @Test
    void movingFromTheKeyFileToAnEnvironmentKeyReencryptsEverything() {
        register();
        kit.environment.put(MasterKeySource.ENV, newKeyText());

        kit.restart();

        assertEquals(Map.of(kit.parts().vault().ring().current().id(), 3L), kit.parts().store().encryptedByKey());
        assertEveryPasswordReadable();
    }

    @Test
    void aSecretWhoseKeyIsLostIsUnavailableNotWrong() throws Exception {
        register();
        Files.delete(files.current());
        kit.restart();

        DataSourceException e = assertThrows(DataSourceException.class,
                () -> kit.parts().connections().open(kit.parts().store().findByName("sales").orElseThrow().id()));

        assertEquals(DataSourceException.Reason.SECRET_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("not loaded"), e.getMessage());
        KeyRotation.Rotated rotated = kit.parts().rotation().rotate(Actor.SYSTEM);
        assertEquals(0, rotated.resealed());
        assertEquals(3, rotated.left());
    }

    @Test
    void aTamperedCiphertextIsUnavailable() throws Exception {
        register();
        long id = kit.parts().store().findByName("hr").orElseThrow().id();
        long other = kit.parts().store().findByName("ops").orElseThrow().id();
        // Move ops' ciphertext into hr's row, as someone with database access might.
        kit.db.execute("UPDATE data_source_secret SET (ciphertext, iv) = (SELECT ciphertext, iv FROM data_source_secret "
                + "WHERE source_id = " + other + " AND name = 'password') WHERE source_id = " + id + " AND name = 'password'");

        DataSourceException e = assertThrows(DataSourceException.class, () -> kit.parts().connections().open(id));

        assertTrue(e.getMessage().contains("integrity"), e.getMessage());
        assertFalse(e.getMessage().contains("pw-ops"));
    }

    private void register() {
        PASSWORDS.forEach((name, password) -> kit.parts().registry().create(new SourceDraft(name, FakeConnector.TYPE,
                Map.of("host", name + ".example.com"), Map.of("password", SecretInput.literal(password)), null, null,
                null), false,
                Actor.SYSTEM));
        kit.environment.put("OPS_TOKEN", "tok");
        StoredSource ops = kit.parts().store().findByName("ops").orElseThrow();
        kit.parts().registry().update(ops.id(), new SourceChanges(null, null, null,
                Map.of("token", SecretInput.reference(SecretReference.env("OPS_TOKEN"))), null, null, null), false,
                Actor.SYSTEM);
    }

    private void assertEveryPasswordReadable() {
        PASSWORDS.forEach((name, password) -> {
            kit.parts().connections().open(kit.parts().store().findByName(name).orElseThrow().id()).close();
            assertEquals(password, kit.fake.last().secrets().get("password"));
            assertEquals(name.equals("ops") ? "tok" : null, kit.fake.last().secrets().get("token"));
        });
        assertNotEquals(0, kit.fake.received().size());
    }

    private String newKeyText() {
        byte[] key = new byte[MasterKey.BYTES];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
