package io.custodian.datasources.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.api.NewDataSource;
import io.custodian.datasources.internal.service.SourceAudit;
import io.custodian.datasources.internal.testing.FakeConnector;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Diagnosis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link io.custodian.datasources.api.DataSourceService} contract as other bundles use it. */
class DataSourceManagerTest {

    @TempDir
    Path root;

    private SourcesKit kit;
    private DataSourceManager service;

    @BeforeEach
    void setUp() throws Exception {
        kit = SourcesKit.h2(root);
        service = new DataSourceManager(kit.parts());
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void aBundleRegistersASourceAsTheSystem() {
        DataSource demo = service.register(new NewDataSource("demo", FakeConnector.TYPE, Map.of("host", "localhost"),
                Map.of("password", "demo-pw"), null, List.of("demo"), "The demo database"));

        assertEquals("system", demo.owner());
        assertEquals(Set.of("password"), demo.secretNames());
        assertEquals(Optional.of(demo), service.find(demo.id()));
        assertEquals(List.of(demo), service.list());
        AuditEvent created = kit.audit.last(SourceAudit.CREATED);
        assertEquals("system", created.actor());
        assertFalse(created.toString().contains("demo-pw"));
    }

    @Test
    void registrationRefusalsUseTheApiExceptions() {
        assertThrows(IllegalArgumentException.class, () -> service.register(new NewDataSource("demo", FakeConnector.TYPE,
                Map.of(), Map.of(), null, null, null)));
        service.register(new NewDataSource("demo", FakeConnector.TYPE, Map.of("host", "h"), Map.of("password", "p"),
                null, null, null));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> service.register(
                new NewDataSource("demo", FakeConnector.TYPE, Map.of("host", "h"), Map.of("password", "p"), null, null,
                        null)));
        assertTrue(taken.getMessage().contains("demo"), taken.getMessage());
        DataSourceException noConnector = assertThrows(DataSourceException.class, () -> service.register(
                new NewDataSource("o", "oracle", Map.of(), Map.of(), null, null, null)));
        assertEquals(DataSourceException.Reason.NO_CONNECTOR, noConnector.reason());
    }

    @Test
    void opensAndTestsThroughTheConnector() {
        DataSource demo = service.register(new NewDataSource("demo", FakeConnector.TYPE, Map.of("host", "h"),
                Map.of("password", "p"), null, null, null));

        service.open(demo.id()).close();
        assertEquals("p", kit.fake.last().secrets().get("password"));
        kit.fake.answer(Diagnosis.PERMISSION_MISSING);
        ConnectionTestResult result = service.test(demo.id());
        assertEquals(Diagnosis.PERMISSION_MISSING, result.diagnosis());
        assertEquals(Duration.ofMillis(3), result.elapsed());
        assertEquals("DOWN", service.find(demo.id()).orElseThrow().health().status());
        assertEquals(DataSourceException.Reason.NOT_FOUND,
                assertThrows(DataSourceException.class, () -> service.open(404)).reason());
    }

    @Test
    void configurationIsCheckedAndItsPlaceholdersReplaced() {
        DataSourceSettings settings = DataSourceSettings.from(config(0, "/run/secrets, ${karaf.etc}/secrets,", ".*"),
                text -> text.replace("${karaf.etc}", "/opt/custodian/etc"));

        assertEquals(List.of(Path.of("/run/secrets"), Path.of("/opt/custodian/etc/secrets")), settings.secretFileFolders());
        assertEquals(Duration.ZERO, settings.healthInterval());
        assertEquals(List.of(Path.of("/run/secrets")),
                DataSourceSettings.from(config(60, "/run/secrets,${karaf.etc}/secrets", ".*"), text -> text)
                        .secretFileFolders(), "an unreplaced placeholder names no folder");
        assertThrows(IllegalArgumentException.class,
                () -> DataSourceSettings.from(config(300, "relative/folder", ".*"), text -> text));
        assertThrows(IllegalArgumentException.class,
                () -> DataSourceSettings.from(config(300, "", "(unclosed"), text -> text));
        DataSourceSettings fallback = DataSourceSettings.restrictive(config(60, "relative/folder", "(unclosed"));
        assertEquals(List.of(), fallback.secretFileFolders());
        assertEquals(Duration.ofMinutes(1), fallback.healthInterval());
        kit.parts().reconfigure(DataSourceSettings.from(config(300, "", "NONE_.*"), text -> text));
        assertTrue(kit.parts().monitor().scheduled());
        assertTrue(kit.parts().vault().referenceProblem(
                io.custodian.datasources.internal.secrets.SecretReference.env("PG_PASSWORD")).isPresent());
        assertEquals(Pattern.compile("NONE_.*").pattern(), DataSourceSettings.from(config(300, "", "NONE_.*"),
                text -> text).secretEnvNames().pattern());
    }

    private static DataSourcesConfig config(int interval, String folders, String envNames) {
        return new DataSourcesConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return DataSourcesConfig.class;
            }

            @Override
            public int healthCheckIntervalSeconds() {
                return interval;
            }

            @Override
            public String secretFileFolders() {
                return folders;
            }

            @Override
            public String secretEnvNames() {
                return envNames;
            }
        };
    }
}
