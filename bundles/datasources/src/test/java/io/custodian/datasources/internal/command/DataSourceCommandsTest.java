package io.custodian.datasources.internal.command;

import static io.custodian.datasources.internal.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.SourceHealth;
import io.custodian.datasources.internal.DataSourceManager;
import io.custodian.datasources.internal.crypto.SealedSecret;
import io.custodian.datasources.internal.secrets.SecretInput;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.datasources.internal.service.SourceDraft;
import io.custodian.datasources.internal.store.SourceFields;
import io.custodian.datasources.internal.store.StoredSecret;
import io.custodian.datasources.internal.store.StoredSource;
import io.custodian.platform.rest.api.CustodianException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.junit.jupiter.api.Test;

/** The commands as Karaf registers them, and how the add command reads its options. */
class DataSourceCommandsTest {

    private static final List<Class<? extends Action>> COMMANDS = List.of(DataSourceListCommand.class,
            DataSourceTestCommand.class, DataSourceAddCommand.class, DataSourceRemoveCommand.class,
            MasterKeyRotateCommand.class);

    @Test
    void everyCommandIsAKarafServiceOfTheCustodianScopeWithTheManagerInjected() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Class<? extends Action> command : COMMANDS) {
            assertNotNull(command.getAnnotation(Service.class), command.getName());
            Command shell = command.getAnnotation(Command.class);
            assertEquals("custodian", shell.scope());
            names.add(shell.name());
            Field manager = command.getDeclaredField("manager");
            assertTrue(manager.isAnnotationPresent(Reference.class));
            assertEquals(DataSourceManager.class, manager.getType());
        }
        assertEquals(Set.of("datasource-list", "datasource-test", "datasource-add", "datasource-remove",
                "master-key-rotate"), names);
    }

    @Test
    void theAddCommandReadsSettingsSecretsAndReferences() {
        DataSourceAddCommand add = new DataSourceAddCommand();
        add.type = "postgresql";
        add.name = "sales";
        add.settings = List.of("host=db.example.com", "port=5432", "options=a=b");
        add.secrets = List.of("password=s3cret");
        add.secretEnv = List.of("token=SALES_TOKEN");
        add.secretFile = List.of("certificate=/run/secrets/cert");
        add.tags = List.of("finance");

        SourceDraft draft = add.draft();

        assertEquals(Map.of("host", "db.example.com", "port", "5432", "options", "a=b"), draft.settings());
        assertEquals(Map.of("password", SecretInput.literal("s3cret"),
                "token", SecretInput.reference(SecretReference.env("SALES_TOKEN")),
                "certificate", SecretInput.reference(SecretReference.file("/run/secrets/cert"))), draft.secrets());
        assertEquals(List.of("finance"), draft.tags());
    }

    @Test
    void theListShowsSettingsAndHealthButSecretsByNameOnly() {
        StoredSource source = new StoredSource(7, "postgresql", new SourceFields("sales", Map.of("host", "db"), "alice",
                List.of(), ""), Map.of("password", StoredSecret.sealed("password", new SealedSecret("Y2lw", "aXY=", "k1"))),
                "alice", new SourceHealth("DOWN", "REFUSED", "refused", Instant.EPOCH), Instant.EPOCH, Instant.EPOCH);

        String table = SourceTable.sources(List.of(source));

        assertTrue(table.contains("host=db password=(secret)"), table);
        assertTrue(table.contains("REFUSED"), table);
        assertFalse(table.contains("Y2lw"), table);
        assertEquals("No data sources registered\n", SourceTable.sources(List.of()));
    }

    @Test
    void aMalformedPairIsRefusedWithoutRepeatingIt() {
        CustodianException e = problem("datasource.invalid_request", 400,
                () -> KeyValues.parse("--secret", List.of("s3cret-without-name"), value -> value));

        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(e.getMessage().contains("--secret"), e.getMessage());
    }
}
