package io.custodian.platform.plugins.internal.marketplace;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static io.custodian.platform.plugins.internal.HostKit.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.fixtures.FilesConnector;
import io.custodian.platform.plugins.internal.lifecycle.PluginAudit;
import io.custodian.platform.plugins.internal.lifecycle.PluginView;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.platform.rest.api.Caller;
import io.custodian.plugin.api.PluginKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartInstallsTest {

    private static final String FILES = "files";

    @TempDir
    Path root;

    private HostKit kit;
    private Path marker;
    private FirstStartInstalls firstStart;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit(root);
        kit.market.publish(TestJars.plugin(FILES).version("1.0.0").scopes(SAMPLES, "network.connect")
                .extension(PluginKind.CONNECTOR, FilesConnector.class), FILES, "1.0.0", TestJars.SUPPORTED,
                SAMPLES, "network.connect");
        marker = root.resolve("data/custodian").resolve(FirstStartInstalls.MARKER);
        firstStart = new FirstStartInstalls(kit.marketplace, kit.lifecycle, kit.parts.audit(), marker, kit.clock);
        // The host runs the first start on its own thread, where no caller is bound.
        Caller.unbind();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void installsEachListedPluginWithEveryScopeItRequestsAsSystemAndRecordsTheFirstStart() {
        FirstStartInstalls.Report report = firstStart.run(List.of(EMAILS, FILES));

        assertEquals(List.of(EMAILS, FILES), report.installed());
        assertTrue(report.markerWritten());
        assertTrue(Files.exists(marker));
        PluginView emails = kit.lifecycle.get(EMAILS);
        assertEquals("2.0.0", emails.version(), "the newest version this platform supports");
        assertEquals(List.of(SAMPLES), emails.grantedScopes());
        assertTrue(emails.running());
        PluginView files = kit.lifecycle.get(FILES);
        assertEquals(List.of("network.connect", SAMPLES), files.grantedScopes());
        assertTrue(kit.registry.connector("test-files").isPresent());
        List<AuditEvent> installs = kit.audit.events(PluginAudit.INSTALL);
        assertEquals(2, installs.size());
        for (AuditEvent install : installs) {
            assertEquals("system", install.actor());
            assertEquals(Outcome.SUCCESS, install.outcome());
        }
        assertEquals(kit.market.folder().toString(), installs.get(0).details().get("source"));
    }

    @Test
    void aPluginUninstalledAfterTheFirstStartDoesNotComeBack() {
        firstStart.run(List.of(EMAILS));
        kit.lifecycle.uninstall(EMAILS);

        FirstStartInstalls.Report again = firstStart.run(List.of(EMAILS));

        assertEquals(List.of(), again.installed());
        assertTrue(kit.lifecycle.find(EMAILS).isEmpty());
        assertEquals(1, kit.audit.events(PluginAudit.INSTALL).size());
    }

    @Test
    void oneFailureIsAuditedAndTheOthersStillInstall() {
        FirstStartInstalls.Report report = firstStart.run(List.of("unknown", EMAILS));

        assertEquals(Map.of("unknown", "plugin.not_found"), report.failed());
        assertEquals(List.of(EMAILS), report.installed());
        assertTrue(kit.lifecycle.find(EMAILS).isPresent());
        AuditEvent refused = kit.audit.events(PluginAudit.INSTALL).get(0);
        assertEquals("plugin:unknown", refused.resource());
        assertEquals(Outcome.FAILURE, refused.outcome());
        assertEquals("system", refused.actor());
        assertEquals("plugin.not_found", refused.details().get("code"));
        assertTrue(report.markerWritten(), "a failure is the administrator's to fix, not retried on every start");
        assertTrue(Files.exists(marker));
    }

    @Test
    void aVersionWithoutASupportedReleaseFailsWithItsReasonAudited() {
        kit.market.publish(TestJars.plugin("future").version("1.0.0").platform(">=1.0.0").scopes(SAMPLES)
                .extension(PluginKind.CONNECTOR, FilesConnector.class), "future", "1.0.0", ">=1.0.0", SAMPLES);

        FirstStartInstalls.Report report = firstStart.run(List.of("future"));

        assertEquals(Map.of("future", "plugin.version_not_found"), report.failed());
        AuditEvent refused = kit.audit.last(PluginAudit.INSTALL);
        assertEquals("plugin:future", refused.resource());
        assertEquals("plugin.version_not_found", refused.details().get("code"));
    }

    @Test
    void anInstalledPluginIsLeftInItsVersion() {
        Caller.bind(new Caller(Optional.of("admin"), HostKit.ORIGIN));
        kit.installEmails("1.0.0");
        Caller.unbind();

        FirstStartInstalls.Report report = firstStart.run(List.of(EMAILS));

        assertEquals(List.of(EMAILS), report.alreadyInstalled());
        assertEquals(List.of(), report.installed());
        assertEquals("1.0.0", kit.lifecycle.get(EMAILS).version());
        assertTrue(Files.exists(marker));
    }

    @Test
    void anEmptyListChangesNothingNotEvenTheMarker() {
        FirstStartInstalls.Report report = firstStart.run(List.of());

        assertFalse(report.markerWritten());
        assertFalse(Files.exists(marker));
        assertEquals(List.of(), kit.lifecycle.list());
        assertEquals(List.of(), kit.audit.events());
    }

    @Test
    void anInterruptedFirstStartIsNotRecordedSoTheNextStartFinishesIt() {
        Thread.currentThread().interrupt();
        FirstStartInstalls.Report interrupted;
        try {
            interrupted = firstStart.run(List.of(EMAILS));
        } finally {
            Thread.interrupted();
        }

        FirstStartInstalls.Report next = firstStart.run(List.of(EMAILS));

        assertFalse(interrupted.markerWritten());
        assertEquals(List.of(), interrupted.installed());
        assertEquals(List.of(EMAILS), next.installed());
        assertTrue(next.markerWritten());
    }
}
