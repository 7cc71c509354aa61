package io.custodian.platform.plugins.internal.lifecycle;

import static io.custodian.platform.plugins.internal.HostKit.EMAILS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugins.internal.HostKit;
import io.custodian.platform.plugins.internal.fixtures.EmailClassifierV1;
import io.custodian.platform.plugins.internal.testing.TestJars;
import io.custodian.plugin.api.PluginKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart whose framework lost (or kept) the plugin bundles: the store decides what runs. */
class ReconcilerTest {

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

    @Test
    void aStartedPluginWhoseBundleIsMissingIsInstalledAgainFromItsKeptJarAndRuns() {
        kit.installEmails("1.0.0");
        kit.installEmails("2.0.0");

        kit.boot();
        assertEquals(List.of(), kit.registry.classifiers());
        Reconciler.Report report = kit.reconciler.reconcile();

        assertEquals(Set.of(EMAILS), report.reinstalled());
        assertTrue(kit.framework.isActive(EMAILS));
        assertEquals("E-mail v2", kit.runningClassifier());
        assertEquals("2.0.0", kit.lifecycle.get(EMAILS).version());
        assertEquals(List.of("1.0.0"), kit.lifecycle.get(EMAILS).rollbackVersions());
    }

    @Test
    void aStoppedPluginIsInstalledAgainButStaysStopped() {
        kit.installEmails("1.0.0");
        kit.lifecycle.stop(EMAILS);

        kit.boot();
        kit.reconciler.reconcile();

        assertTrue(kit.framework.has(EMAILS));
        assertFalse(kit.framework.isActive(EMAILS));
        assertEquals(List.of(), kit.registry.classifiers());
        assertEquals("STOPPED", kit.lifecycle.get(EMAILS).state());
    }

    @Test
    void aPluginWithoutBundleOrJarIsReportedAndAnOrphanedBundleRemoved() {
        kit.installEmails("1.0.0");
        kit.files.deleteAll(EMAILS);
        kit.boot();
        Path orphan = TestJars.plugin("orphan").extension(PluginKind.CLASSIFIER, EmailClassifierV1.class)
                .writeTo(root.resolve("jars"));
        kit.framework.plantOrphan("orphan", orphan);

        Reconciler.Report report = kit.reconciler.reconcile();

        assertEquals(Set.of(EMAILS), report.unrecoverable());
        assertEquals(Set.of("orphan"), report.orphans());
        assertFalse(kit.framework.has("orphan"));
        assertEquals("STARTED", kit.lifecycle.get(EMAILS).state());
        assertFalse(kit.lifecycle.get(EMAILS).running());
    }

    @Test
    void aBundleLeftAtAnotherVersionIsPutBackToTheRecordedOne() {
        kit.installEmails("1.0.0");
        kit.installEmails("2.0.0");
        // As if the host died after updating the bundle but before recording the rollback.
        kit.framework.stop(EMAILS);
        kit.framework.update(EMAILS, kit.files.jar(EMAILS, "1.0.0"));

        Reconciler.Report report = kit.reconciler.reconcile();

        assertEquals(Set.of(EMAILS), report.reinstalled());
        assertEquals("E-mail v2", kit.runningClassifier());
    }
}
