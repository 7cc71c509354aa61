package io.custodian.platform.plugins.internal.lifecycle;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static io.custodian.platform.plugins.internal.HostKit.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.PluginSettings;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import io.custodian.platform.plugins.internal.fixtures.CatalogPeekingClassifier;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV1;
import io.custodian.platform.plugins.internal.fixtures.FilesConnector;
import io.custodian.platform.plugins.internal.testing.Expect;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLifecycleTest {

    @TempDir
    Path root;

    private HostKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit(root);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private static ColumnProfile column(String name) {
        return new ColumnProfile("db.s.t." + name, "t", name, "varchar", List.of(), null, List.of());
    }

    @Test
    void installNeedsEveryRequestedScopeGrantedAndShowsThemWhenRefused() {
        CustodianException refused = Expect.problem("plugin.scopes_not_granted", 400,
                () -> kit.marketplace.install(EMAILS, "1.0.0", List.of(), UpgradeRight.GRANTED));

        assertEquals(List.of(SAMPLES), refused.extensions().get("requested"));
        assertTrue(refused.getMessage().contains(SAMPLES), refused.getMessage());
        AuditEvent denied = kit.audit.last(PluginAudit.INSTALL);
        assertEquals(Outcome.FAILURE, denied.outcome());
        assertEquals("plugin.scopes_not_granted", denied.details().get("code"));
        assertEquals("plugin:" + EMAILS, denied.resource());
        assertEquals(List.of(), kit.lifecycle.list());
        assertFalse(kit.framework.has(EMAILS));

        PluginView installed = kit.installEmails("1.0.0");

        assertEquals("STARTED", installed.state());
        assertTrue(installed.running());
        assertEquals(List.of(SAMPLES), installed.grantedScopes());
        assertEquals("acme", installed.publisher());
        assertEquals("E-mail v1", kit.runningClassifier());
        Classifier classifier = kit.registry.classifiers().get(0);
        assertEquals("pii.email", classifier.classify(column("email")).get(0).classificationId());
        AuditEvent success = kit.audit.last(PluginAudit.INSTALL);
        assertEquals(Outcome.SUCCESS, success.outcome());
        assertEquals("admin", success.actor());
        assertTrue(success.changes().contains(new FieldChange("version", null, "1.0.0")), success.changes().toString());
    }

    @Test
    void withoutAVersionTheNewestSupportedOneIsInstalled() {
        PluginView installed = kit.marketplace.install(EMAILS, null, List.of(SAMPLES), UpgradeRight.GRANTED);

        assertEquals("2.0.0", installed.version());
        Expect.problem("plugin.platform_unsupported", 422,
                () -> kit.marketplace.install(EMAILS, "3.0.0", List.of(SAMPLES), UpgradeRight.GRANTED));
        Expect.problem("plugin.version_not_found", 404,
                () -> kit.marketplace.install(EMAILS, "9.9.9", List.of(SAMPLES), UpgradeRight.GRANTED));
        Expect.problem("plugin.already_installed", 409, () -> kit.installEmails("2.0.0"));
        assertEquals("2.0.0", kit.lifecycle.get(EMAILS).version());
    }

    @Test
    void aTamperedJarAnUntrustedPublisherAndAnUnsignedJarAreRefusedAndAudited() throws Exception {
        Path tampered = kit.market.publish(TestJars.plugin("tampered").extension(PluginKind.CLASSIFIER,
                EmailClassifierV1.class), "tampered", "1.0.0", TestJars.SUPPORTED);
        Files.write(tampered, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        Path strangers = TestJars.plugin("strangers").extension(PluginKind.CLASSIFIER, EmailClassifierV1.class)
                .writeTo(kit.market.folder());
        kit.market.publish(strangers, "strangers", "1.0.0", TestJars.SUPPORTED, null);

        CustodianException checksum = Expect.problem("plugin.checksum_mismatch", 422,
                () -> kit.marketplace.install("tampered", null, List.of(), UpgradeRight.GRANTED));
        Expect.problem("plugin.signature_missing", 422,
                () -> kit.marketplace.install("strangers", null, List.of(), UpgradeRight.GRANTED));
        kit.settings = new PluginSettings(kit.settings.marketplaces(),
                TrustedPublishers.parse(""), kit.settings.maxJarBytes(),
                kit.settings.callTimeout());
        Expect.problem("plugin.publisher_untrusted", 422, () -> kit.installEmails("1.0.0"));

        assertTrue(checksum.getMessage().contains("SHA-256"), checksum.getMessage());
        List<AuditEvent> refusals = kit.audit.events(PluginAudit.INSTALL);
        assertEquals(List.of("plugin.checksum_mismatch", "plugin.signature_missing", "plugin.publisher_untrusted"),
                refusals.stream().map(e -> e.details().get("code")).toList());
        assertTrue(refusals.stream().allMatch(e -> e.outcome() == Outcome.DENIED));
        assertEquals(List.of(), kit.lifecycle.list());
        assertEquals(List.of(), kit.files.versions(EMAILS));
    }

    @Test
    void upgradeThenRollbackRestoresThePreviousVersion() {
        kit.installEmails("1.0.0");

        PluginView upgraded = kit.installEmails("2.0.0");

        assertEquals("2.0.0", upgraded.version());
        assertEquals("1.0.0", upgraded.previousVersion());
        assertEquals(List.of("1.0.0"), upgraded.rollbackVersions());
        assertEquals("E-mail v2", kit.runningClassifier());
        AuditEvent upgrade = kit.audit.last(PluginAudit.UPGRADE);
        assertEquals("1.0.0", upgrade.details().get("fromVersion"));
        assertEquals("2.0.0", upgrade.details().get("toVersion"));
        assertTrue(upgrade.changes().contains(new FieldChange("version", "1.0.0", "2.0.0")));

        PluginView rolledBack = kit.lifecycle.rollback(EMAILS);

        assertEquals("1.0.0", rolledBack.version());
        assertEquals("2.0.0", rolledBack.previousVersion());
        assertEquals("STARTED", rolledBack.state());
        assertEquals("E-mail v1", kit.runningClassifier());
        AuditEvent rollback = kit.audit.last(PluginAudit.ROLLBACK);
        assertEquals(Outcome.SUCCESS, rollback.outcome());
        assertTrue(rollback.changes().contains(new FieldChange("version", "2.0.0", "1.0.0")));
        assertEquals(Set.of("1.0.0", "2.0.0"), Set.copyOf(kit.files.versions(EMAILS)));
    }

    @Test
    void onlyTheCurrentAndThePreviousJarAreKept() throws Exception {
        kit.market.publish(TestJars.plugin(EMAILS).version("2.1.0").scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, EmailClassifierV1.class), EMAILS, "2.1.0", TestJars.SUPPORTED,
                SAMPLES);
        kit.installEmails("1.0.0");
        kit.installEmails("2.0.0");
        kit.installEmails("2.1.0");

        assertEquals(Set.of("2.0.0", "2.1.0"), Set.copyOf(kit.files.versions(EMAILS)));
        kit.lifecycle.rollback(EMAILS);
        assertEquals("2.0.0", kit.lifecycle.get(EMAILS).version());
    }

    @Test
    void aPluginWithoutPreviousVersionCannotRollBack() {
        kit.installEmails("1.0.0");

        Expect.problem("plugin.no_previous_version", 409, () -> kit.lifecycle.rollback(EMAILS));
        Expect.problem("plugin.not_found", 404, () -> kit.lifecycle.rollback("nothing"));
        assertEquals(Outcome.FAILURE, kit.audit.last(PluginAudit.ROLLBACK).outcome());
    }

    @Test
    void installingOverAnotherVersionNeedsTheUpgradeRight() {
        kit.installEmails("1.0.0");

        Expect.problem("plugin.upgrade_not_allowed", 403, () -> kit.marketplace.install(EMAILS, "2.0.0",
                List.of(SAMPLES), UpgradeRight.of(() -> false)));

        assertEquals(Outcome.DENIED, kit.audit.last(PluginAudit.UPGRADE).outcome());
        assertEquals("1.0.0", kit.lifecycle.get(EMAILS).version());
        assertEquals("E-mail v1", kit.runningClassifier());
    }

    @Test
    void uninstallRemovesTheRecordTheJarsTheBundleAndTheExtensions() {
        kit.installEmails("1.0.0");
        kit.installEmails("2.0.0");
        Classifier held = kit.registry.classifiers().get(0);

        kit.lifecycle.uninstall(EMAILS);

        assertEquals(List.of(), kit.lifecycle.list());
        assertEquals(List.of(), kit.registry.installed());
        assertEquals(List.of(), kit.registry.classifiers());
        assertEquals(List.of(), kit.files.versions(EMAILS));
        assertFalse(Files.exists(root.resolve("data/custodian/plugins").resolve(EMAILS)));
        assertFalse(kit.framework.has(EMAILS));
        PluginCallException stale = assertThrows(PluginCallException.class, () -> held.classify(column("email")));
        assertEquals(FailureKind.UNAVAILABLE, stale.kind());
        AuditEvent uninstall = kit.audit.last(PluginAudit.UNINSTALL);
        assertEquals(Outcome.SUCCESS, uninstall.outcome());
        assertTrue(uninstall.changes().contains(new FieldChange("version", "2.0.0", null)));
        Expect.problem("plugin.not_found", 404, () -> kit.lifecycle.get(EMAILS));
        Expect.problem("plugin.not_found", 404, () -> kit.lifecycle.uninstall(EMAILS));
    }

    @Test
    void stopWithdrawsTheExtensionsAndStartBringsThemBack() {
        kit.installEmails("1.0.0");

        PluginView stopped = kit.lifecycle.stop(EMAILS);

        assertEquals("STOPPED", stopped.state());
        assertFalse(stopped.running());
        assertEquals(List.of(), kit.registry.classifiers());
        assertFalse(kit.framework.isActive(EMAILS));
        assertEquals(Outcome.SUCCESS, kit.audit.last(PluginAudit.STOP).outcome());

        PluginView started = kit.lifecycle.start(EMAILS);

        assertEquals("STARTED", started.state());
        assertEquals("E-mail v1", kit.runningClassifier());
        assertTrue(kit.audit.last(PluginAudit.START).changes()
                .contains(new FieldChange("state", "STOPPED", "STARTED")));
    }

    @Test
    void aBundleThatDoesNotStartLeavesNothingHalfInstalled() {
        kit.framework.failStartsOf(EMAILS);

        CustodianException failed = Expect.problem("plugin.bundle_failed", 422, () -> kit.installEmails("1.0.0"));

        assertTrue(failed.getMessage().contains("missing requirement"), failed.getMessage());
        assertEquals(List.of(), kit.lifecycle.list());
        assertEquals(List.of(), kit.files.versions(EMAILS));
        assertFalse(kit.framework.has(EMAILS));
        assertEquals("plugin.bundle_failed", kit.audit.last(PluginAudit.INSTALL).details().get("code"));
    }

    @Test
    void anUpgradeWhoseBundleDoesNotStartPutsTheOldVersionBack() {
        kit.installEmails("1.0.0");
        kit.framework.failStartsOf(EMAILS);

        Expect.problem("plugin.bundle_failed", 422, () -> kit.installEmails("2.0.0"));
        kit.framework.allowStartsOf(EMAILS);
        kit.lifecycle.start(EMAILS);

        PluginView plugin = kit.lifecycle.get(EMAILS);
        assertEquals("1.0.0", plugin.version());
        assertNull(plugin.previousVersion());
        assertEquals("E-mail v1", kit.runningClassifier());
        assertEquals(List.of("1.0.0"), kit.files.versions(EMAILS));
        assertEquals(Outcome.FAILURE, kit.audit.last(PluginAudit.UPGRADE).outcome());
    }

    @Test
    void aPluginReachingBeyondItsScopesIsRefusedAndTheAttemptAudited() {
        Path jar = TestJars.plugin("peeker").extension(PluginKind.CLASSIFIER, CatalogPeekingClassifier.class)
                .extension(PluginKind.CONNECTOR, FilesConnector.class).writeTo(kit.market.folder());
        kit.market.publish(jar, "peeker", "1.0.0", TestJars.SUPPORTED, kit.market.sign("peeker", "1.0.0", jar));

        PluginView installed = kit.marketplace.install("peeker", null, List.of(), UpgradeRight.GRANTED);

        AuditEvent denied = kit.audit.last("plugin.scope_denied");
        assertEquals(Outcome.DENIED, denied.outcome());
        assertEquals("plugin:peeker", denied.resource());
        assertEquals("catalog.read", denied.details().get("scope"));
        // The classifier that failed to start is left out; the plugin's connector still runs.
        assertEquals(List.of(), kit.registry.classifiers());
        assertTrue(kit.registry.connector("test-files").isPresent());
        assertEquals(List.of("test-files"), kit.registry.connectors().stream().map(c -> c.describe().typeId()).toList(),
                "listed by the type it serves");
        assertTrue(installed.running());
        PluginView details = kit.lifecycle.get("peeker");
        assertTrue(details.health().failures() >= 1, details.health().toString());
        assertEquals("SCOPE_DENIED", details.health().lastFailure().kind(), details.health().toString());
    }

    @Test
    void theRegistryListsInstalledPluginsWithTheirScopes() {
        kit.installEmails("1.0.0");
        kit.installEmails("2.0.0");

        var installed = kit.registry.installed();

        assertEquals(1, installed.size());
        assertEquals("2.0.0", installed.get(0).version());
        assertEquals("1.0.0", installed.get(0).previousVersion());
        assertEquals("STARTED", installed.get(0).state());
        assertEquals(Set.of(Scope.SAMPLES_READ), installed.get(0).granted());
        assertEquals(kit.market.folder().toString(), installed.get(0).source());
    }
}
