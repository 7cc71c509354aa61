package io.custodian.datasources.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.datasources.internal.testing.FakeConnector;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.plugin.api.connector.Diagnosis;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** A source's life on PostgreSQL: registered, tested, re-keyed, changed, restarted, removed. */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresSourcesTest {

    @TempDir
    Path root;

    @Test
    void aSourcesWholeLifeWorksOnPostgres() throws Exception {
        try (SourcesKit kit = SourcesKit.postgres(root)) {
            StoredSource source = kit.parts().registry().create(new SourceDraft("sales", FakeConnector.TYPE,
                    Map.of("host", "db", "port", 5432), Map.of("password", SecretInput.literal("pg-pw")), null, null,
                    null), true, Actor.SYSTEM);
            kit.fake.answer(Diagnosis.REFUSED);
            kit.parts().connections().test(source.id(), Actor.SYSTEM);
            kit.fake.answer(Diagnosis.OK);
            KeyRotation.Rotated rotated = kit.parts().rotation().rotate(Actor.SYSTEM);
            kit.parts().registry().update(source.id(), new SourceChanges("sales-2", null, null,
                    Map.of("token", SecretInput.literal("tok")), null, null, null), false, Actor.SYSTEM);
            kit.restart().connections().open(source.id()).close();

            assertEquals(Map.of("password", "pg-pw", "token", "tok"), kit.fake.last().secrets());
            assertEquals(Map.of(rotated.keyId(), 2L), kit.parts().store().encryptedByKey());
            assertEquals("DOWN", kit.parts().store().find(source.id()).orElseThrow().health().status());
            kit.parts().registry().delete(source.id(), Actor.SYSTEM);
            assertTrue(kit.parts().store().list().isEmpty());
        }
    }
}
