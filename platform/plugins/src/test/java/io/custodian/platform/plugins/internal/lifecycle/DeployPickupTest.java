package io.custodian.platform.plugins.internal.lifecycle;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static io.custodian.platform.plugins.internal.HostKit.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV1;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV2;
import io.custodian.platform.plugins.internal.testing.Expect;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.platform.rest.api.Caller;
import io.custodian.plugin.api.PluginKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars dropped into deploy/: fileinstall starts the bundle, the host records it and waits for a grant. */
class DeployPickupTest {

    @TempDir
    Path root;

    private HostKit kit;
    private Path deploy;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit(root);
        deploy = root.resolve("deploy");
        // The pickup runs on the host's own thread, outside any request.
        Caller.unbind();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    /** What the bundle tracker does when fileinstall installs and starts a jar. */
    private Optional<PluginView> drop(TestJars plugin, String id) {
        Path jar = plugin.writeTo(deploy);
        kit.framework.deploy(id, jar);
        return kit.pickup.deployed("file:" + jar, jar);
    }

    private static TestJars scanner(String version) {
        return TestJars.plugin("scanner").version(version).scopes(SAMPLES)
                .extension(PluginKind.CLASSIFIER, version.startsWith("1") ? EmailClassifierV1.class
                        : EmailClassifierV2.class);
    }

    @Test
    void aDeployedPluginThatRequestsScopesAwaitsAGrantBeforeItsExtensionsAreUsed() {
        PluginView recorded = drop(scanner("1.0.0"), "scanner").orElseThrow();

        assertEquals("AWAITING_GRANT", recorded.state());
        assertEquals(List.of(SAMPLES), recorded.missingScopes());
        assertTrue(kit.framework.isActive("scanner"), "fileinstall started the bundle");
        assertFalse(recorded.running());
        assertEquals(List.of(), kit.registry.classifiers());
        AuditEvent install = kit.audit.last(PluginAudit.INSTALL);
        assertEquals("system", install.actor());
        assertEquals("deploy", install.details().get("source"));
        assertEquals("AWAITING_GRANT", install.details().get("state"));

        kit.as("admin");
        Expect.problem("plugin.awaiting_grant", 409, () -> kit.lifecycle.start("scanner"));
        Expect.problem("plugin.scopes_not_granted", 400, () -> kit.lifecycle.grant("scanner", List.of()));
        Expect.problem("plugin.invalid_request", 400, () -> kit.lifecycle.grant("scanner", List.of("root.access")));
        assertEquals(List.of(), kit.registry.classifiers());

        PluginView granted = kit.lifecycle.grant("scanner", List.of(SAMPLES));

        assertEquals("STARTED", granted.state());
        assertTrue(granted.running());
        assertEquals("E-mail v1", kit.runningClassifier());
        AuditEvent grant = kit.audit.last(PluginAudit.GRANT);
        assertEquals(Outcome.SUCCESS, grant.outcome());
        assertEquals("admin", grant.actor());
    }

    @Test
    void aDeployedPluginThatRequestsNoScopesRunsAtOnce() {
        PluginView recorded = drop(TestJars.plugin("plain").extension(PluginKind.CLASSIFIER, EmailClassifierV1.class),
                "plain").orElseThrow();

        assertEquals("STARTED", recorded.state());
        assertTrue(recorded.running());
        assertEquals("E-mail v1", kit.runningClassifier());
    }

    @Test
    void aNewFileUpgradesAndRemovingItUninstalls() {
        drop(scanner("1.0.0"), "scanner");
        kit.as("admin").lifecycle.grant("scanner", List.of(SAMPLES));
        Caller.unbind();

        PluginView upgraded = drop(scanner("1.1.0"), "scanner").orElseThrow();

        assertEquals("1.1.0", upgraded.version());
        assertEquals("STARTED", upgraded.state());
        assertEquals("1.0.0", kit.audit.last(PluginAudit.UPGRADE).details().get("fromVersion"));
        assertEquals(Optional.empty(), kit.pickup.deployed("file:again", deploy.resolve("scanner-1.1.0.jar")));
        kit.as("admin");
        Expect.problem("plugin.managed_by_deploy", 409, () -> kit.lifecycle.rollback("scanner"));
        Caller.unbind();

        kit.framework.undeploy("scanner");
        kit.pickup.removed("scanner");

        assertEquals(List.of(), kit.lifecycle.list());
        assertEquals(List.of(), kit.registry.classifiers());
        assertEquals("removed from the deploy folder", kit.audit.last(PluginAudit.UNINSTALL).details().get("reason"));
    }

    @Test
    void aDeployedCopyOfAPluginInstalledFromTheMarketplaceIsRefused() {
        kit.as("admin").installEmails("1.0.0");
        Caller.unbind();

        Expect.problem("plugin.already_installed", 409,
                () -> kit.pickup.deployed("file:x", TestJars.plugin(EMAILS).version("2.0.0").scopes(SAMPLES)
                        .extension(PluginKind.CLASSIFIER, EmailClassifierV2.class).writeTo(deploy)));

        assertFalse(kit.pickup.mayProvide(EMAILS));
        assertEquals("1.0.0", kit.lifecycle.get(EMAILS).version());
        assertEquals(kit.market.folder().toString(), kit.lifecycle.get(EMAILS).source());
        AuditEvent refused = kit.audit.last(PluginAudit.INSTALL);
        assertEquals(Outcome.FAILURE, refused.outcome());
        assertEquals("plugin.already_installed", refused.details().get("code"));
    }

    @Test
    void aDeployedJarThatFailsItsChecksIsAuditedAndNotRecorded() {
        Path jar = TestJars.plugin("future").platform(">=5.0.0").extension(PluginKind.CLASSIFIER,
                EmailClassifierV1.class).writeTo(deploy);

        Expect.problem("plugin.platform_unsupported", 422, () -> kit.pickup.deployed("file:" + jar, jar));

        AuditEvent refused = kit.audit.last(PluginAudit.INSTALL);
        assertEquals(Outcome.FAILURE, refused.outcome());
        assertEquals("plugin:future", refused.resource());
        assertEquals("plugin.platform_unsupported", refused.details().get("code"));
        assertEquals(List.of(), kit.lifecycle.list());
        assertTrue(kit.pickup.mayProvide("future"));
    }
}
