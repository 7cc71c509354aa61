package io.custodian.platform.plugin.pf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.runtime.CallLimits;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugin.runtime.PluginHealth;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

class Pf4jPluginLoaderTest {

    private static final ColumnProfile EMAIL_COLUMN = new ColumnProfile("file:///crm/people.csv.email", "people.csv", "email", "text",
            List.of("name"), null, List.of("ada@example.org", "bob@example.com", "n/a"));

    @TempDir
    Path folder;

    @Test
    void classifiesWithAClassifierFromAJarOffTheClassPath() throws Exception {
        Path jar = TestPlugins.emailClassifier("email").writeTo(folder);
        assertThrows(ClassNotFoundException.class, () -> Class.forName(TestPlugins.EMAIL_CLASSIFIER),
                "the plugin's classes must not be on the test class path");

        try (Pf4jPluginLoader loader = grantingRequestedScopes()) {
            LoadedPlugin plugin = loader.load(jar);

            assertEquals("email", plugin.id());
            assertEquals("1.0.0", plugin.version());
            assertEquals(Set.of(PluginKind.CLASSIFIER), plugin.kinds());
            assertEquals(Set.of(Scope.SAMPLES_READ), plugin.requestedScopes());
            assertEquals(1, plugin.classifiers().size());
            List<Suggestion> suggestions = plugin.classifiers().get(0).classify(EMAIL_COLUMN);
            assertEquals(1, suggestions.size());
            assertEquals("PII.Email", suggestions.get(0).classificationId());
            assertEquals(2.0 / 3, suggestions.get(0).confidence(), 1e-9);
            assertEquals(List.of("PII.Email"), plugin.classifiers().get(0).describe().classifications());
        }
    }

    @Test
    void findsEachListedExtensionOnceAndNothingFromTheHostClassPath() throws Exception {
        Path jar = TestPlugins.twoClassifiers("pair").writeTo(folder);
        // The host class path lists HostClassifier for the same service (src/test/resources).
        assertTrue(Classifier.class.getClassLoader().getResources("META-INF/services/" + Classifier.class.getName()).hasMoreElements());

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            LoadedPlugin plugin = loader.load(jar);

            List<String> ids = plugin.classifiers().stream().map(c -> c.describe().id()).toList();
            assertEquals(List.of("first", "second"), ids);
            assertTrue(plugin.connectors().isEmpty());
            assertTrue(plugin.visualizations().isEmpty());
        }
    }

    @Test
    void loadsEveryPluginJarOfAFolder() throws Exception {
        TestPlugins.emailClassifier("alpha").writeTo(folder);
        TestPlugins.countsChart("beta").writeTo(folder);
        Files.writeString(folder.resolve("README.txt"), "not a plugin");

        try (Pf4jPluginLoader loader = grantingRequestedScopes()) {
            List<LoadedPlugin> plugins = loader.loadAll(folder);

            assertEquals(List.of("alpha", "beta"), plugins.stream().map(LoadedPlugin::id).toList());
            assertEquals("PII.Email", plugins.get(0).classifiers().get(0).classify(EMAIL_COLUMN).get(0).classificationId());
            String chart = plugins.get(1).visualizations().get(0).render(new VisualizationRequest("classification-counts",
                    List.of(Map.of("classification", "PII.Email", "count", 3)), Map.of())).vegaLite();
            assertTrue(chart.contains("vega-lite"), chart);
            assertEquals(plugins, loader.plugins());
            // Each plugin has its own class loader.
            assertFalse(plugins.get(0).classLoader() == plugins.get(1).classLoader());
        }
    }

    @Test
    void refusesAJarWithoutPluginIdNamingTheJarAndTheHeader() throws Exception {
        Path jar = TestPlugins.emailClassifier("anonymous").withoutPluginIdHeader().writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            PluginLoadException refused = assertThrows(PluginLoadException.class, () -> loader.load(jar));

            assertEquals("anonymous-1.0.0.jar is refused: its META-INF/MANIFEST.MF has no Plugin-Id header, which PF4J needs to load it",
                    refused.getMessage());
            assertEquals(jar, refused.jar());
            assertTrue(loader.plugins().isEmpty());
        }
    }

    @Test
    void refusesJarsThatAreNotCustodianPlugins() throws Exception {
        Path noManifest = TestPlugins.emailClassifier("bare").withoutManifestJson().writeTo(folder);
        Path otherId = TestPlugins.emailClassifier("mine").manifestJson(
                "{\"id\":\"theirs\",\"name\":\"Theirs\",\"version\":\"1.0.0\",\"kinds\":[\"classifier\"],\"platform\":\">=0.1.0\"}").writeTo(folder);
        Path noServices = TestPluginJar.plugin("empty").kinds("classifier").writeTo(folder);
        Path unknownScope = TestPlugins.emailClassifier("greedy").scopes("root.access").writeTo(folder);
        Path newerPlatform = TestPlugins.emailClassifier("future").platform(">=2.0.0").writeTo(folder);
        Path notAJar = Files.writeString(folder.resolve("broken.jar"), "not a zip");

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            assertRefused(loader, noManifest, "it has no META-INF/custodian-plugin.json, so it is not a Custodian plugin");
            assertRefused(loader, otherId, "its Plugin-Id header 'mine' differs from the id 'theirs' in META-INF/custodian-plugin.json");
            assertRefused(loader, noServices, "it declares the kind classifier but META-INF/services/io.custodian.plugin.api.classifier.Classifier lists no class");
            assertRefused(loader, unknownScope, "the plugin manifest META-INF/custodian-plugin.json field \"scopes\" names an unknown scope \"root.access\";"
                    + " known scopes are catalog.read, catalog.write, samples.read, network.connect");
            assertRefused(loader, newerPlatform, "plugin \"future\" 1.0.0 supports platform versions \">=2.0.0\", but this platform is version 0.1.0");
            assertRefused(loader, notAJar, "it is not a jar (zip) file");
            assertTrue(loader.plugins().isEmpty());
        }
    }

    @Test
    void treatsASnapshotPlatformAsItsRelease() throws Exception {
        Path jar = TestPlugins.emailClassifier("email").platform(">=0.1.0 & <1.0.0").writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.builder().platformVersion("0.1.0-SNAPSHOT").build()) {
            assertEquals("email", loader.load(jar).id());
        }
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> Pf4jPluginLoader.builder().platformVersion("one"));
        assertEquals("not a semantic version: one", invalid.getMessage());
    }

    @Test
    void refusesASecondPluginWithTheSameId() throws Exception {
        Path first = TestPlugins.emailClassifier("email").writeTo(folder);
        Path second = TestPlugins.emailClassifier("email").version("2.0.0").writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            loader.load(first);
            assertRefused(loader, second, "a plugin with the id 'email' is loaded already, from email-1.0.0.jar; unload it first");

            assertTrue(loader.unload("email"));
            assertEquals("2.0.0", loader.load(second).version());
        }
    }

    @Test
    void loadsAFolderAllOrNothing() throws Exception {
        TestPlugins.emailClassifier("alpha").writeTo(folder);
        TestPlugins.emailClassifier("zeta").withoutPluginIdHeader().writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            PluginLoadException refused = assertThrows(PluginLoadException.class, () -> loader.loadAll(folder));

            assertTrue(refused.getMessage().startsWith("zeta-1.0.0.jar is refused"), refused.getMessage());
            assertTrue(loader.plugins().isEmpty(), "alpha was loaded by the failed call and must be unloaded again");
            assertEquals("alpha", loader.load(folder.resolve("alpha-1.0.0.jar")).id());
        }
    }

    @Test
    void startsExtensionsWithConfigurationAndOnlyRequestedScopesThatWereGranted() throws Exception {
        Path jar = TestPlugins.recordingClassifier("recorder").writeTo(folder);
        Path marker = folder.resolve("marker.txt");

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.builder()
                .grants(ScopeGrants.upTo(Set.of(Scope.SAMPLES_READ, Scope.NETWORK_CONNECT)))
                .configuration("recorder", Map.of("marker", marker.toString()))
                .build()) {
            LoadedPlugin plugin = loader.load(jar);

            assertEquals(Set.of(Scope.SAMPLES_READ), plugin.grantedScopes());
            assertEquals(List.of(
                    "started recorder 1.0.0",
                    "granted [samples.read]",
                    "catalog ScopeDeniedException: plugin recorder was not granted the scope catalog.read",
                    "samples PluginException: sampled values are not available: the catalog is not installed",
                    "context loader true"), Files.readAllLines(marker));
        }
        assertEquals("stopped", Files.readAllLines(marker).get(5), "closing the loader stops the extension");
    }

    @Test
    void refusesAPluginWhoseExtensionFailsToStartAndKeepsNothingOfIt() throws Exception {
        Path jar = TestPlugins.failingStart("failing").writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            PluginLoadException refused = assertThrows(PluginLoadException.class, () -> loader.load(jar));

            assertEquals("failing-1.0.0.jar is refused: testplugin.failing.FailingClassifier failed to start:"
                    + " plugin failing failed in start: IllegalStateException: no licence key configured", refused.getMessage());
            assertTrue(loader.plugins().isEmpty());
            // PF4J forgot it too: the same id loads again.
            Path fixed = TestPlugins.emailClassifier("failing").version("1.0.1").writeTo(folder);
            assertEquals("1.0.1", loader.load(fixed).version());
        }
    }

    /**
     * After unloading, the platform's guard answers: every call fails at once with a PluginCallException of kind
     * UNAVAILABLE (not a NoClassDefFoundError from a closed class loader), and closing a session is quiet.
     */
    @Test
    void closingTheLoaderClosesClassLoadersAndLaterCallsFailCleanly() throws Exception {
        Path classifierJar = TestPlugins.emailClassifier("email").writeTo(folder);
        Path connectorJar = TestPlugins.listConnector("lister").writeTo(folder);
        Pf4jPluginLoader loader = grantingRequestedScopes();
        LoadedPlugin emailPlugin = loader.load(classifierJar);
        LoadedPlugin listPlugin = loader.load(connectorJar);
        Classifier classifier = emailPlugin.classifiers().get(0);
        Connector connector = listPlugin.connectors().get(0);
        ConnectorSession session = connector.open(new ConnectionSettings(Map.of(), Map.of()));
        Container root = session.containers(null).findFirst().orElseThrow();
        Iterator<DataAsset> assets = session.assets(root).iterator();
        assertEquals("a.csv", assets.next().name());
        PluginClassLoader emailLoader = (PluginClassLoader) emailPlugin.classLoader();

        loader.close();

        assertTrue(emailLoader.isClosed());
        assertFalse(emailPlugin.isLoaded());
        assertFalse(listPlugin.isLoaded());
        assertFalse(emailPlugin.health().available());
        PluginCallException afterUnload = assertThrows(PluginCallException.class, () -> classifier.classify(EMAIL_COLUMN));
        assertEquals(FailureKind.UNAVAILABLE, afterUnload.kind());
        assertEquals("plugin email is stopped", afterUnload.getMessage());
        assertEquals(FailureKind.UNAVAILABLE, assertThrows(PluginCallException.class, classifier::describe).kind());
        assertEquals(FailureKind.UNAVAILABLE, assertThrows(PluginCallException.class,
                () -> connector.open(new ConnectionSettings(Map.of(), Map.of()))).kind());
        PluginCallException midStream = assertThrows(PluginCallException.class, assets::next);
        assertEquals(FailureKind.UNAVAILABLE, midStream.kind());
        assertEquals("plugin lister is stopped", midStream.getMessage());
        session.close(); // closing a session of an unloaded plugin is quiet, as the API asks of close()
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> loader.load(classifierJar));
        assertEquals("the plugin loader is closed", closed.getMessage());
    }

    @Test
    void enforcesTheGrantedScopesAsThePlatformDoes() throws Exception {
        Path classifierJar = TestPlugins.emailClassifier("email").writeTo(folder);
        Path connectorJar = TestPlugins.listConnector("lister").writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            LoadedPlugin emailPlugin = loader.load(classifierJar);
            LoadedPlugin listPlugin = loader.load(connectorJar);

            assertEquals(Set.of(), emailPlugin.grantedScopes());
            assertEquals(List.of(), emailPlugin.classifiers().get(0).classify(EMAIL_COLUMN),
                    "without samples.read the classifier sees no sampled values");
            PluginCallException refused = assertThrows(PluginCallException.class,
                    () -> listPlugin.connectors().get(0).open(new ConnectionSettings(Map.of(), Map.of())));
            assertEquals(FailureKind.SCOPE_DENIED, refused.kind());
            assertEquals("plugin lister was not granted the scope network.connect that open needs", refused.getMessage());
        }
    }

    @Test
    void aPluginThatHangsTimesOutWithinTheConfiguredLimitAndShowsInItsHealth() throws Exception {
        Path jar = TestPlugins.hangingClassifier("sloth").writeTo(folder);

        try (Pf4jPluginLoader loader = Pf4jPluginLoader.builder()
                .callLimits(CallLimits.defaults().withTimeout(Duration.ofMillis(200)).withCloseGrace(Duration.ZERO))
                .build()) {
            LoadedPlugin plugin = loader.load(jar);
            Classifier classifier = plugin.classifiers().get(0);

            PluginCallException timedOut = assertThrows(PluginCallException.class, () -> classifier.classify(EMAIL_COLUMN));

            assertEquals(FailureKind.TIMED_OUT, timedOut.kind());
            assertEquals("plugin sloth did not answer classify within 200 ms", timedOut.getMessage());
            PluginHealth health = plugin.health();
            assertEquals("sloth", health.pluginId());
            assertEquals(1, health.timeouts());
            assertEquals(FailureKind.TIMED_OUT, health.lastFailure().kind());
            assertTrue(health.calls() >= 3, "start, describe and classify went through the guard: " + health);
        }
        NullPointerException noLimits = assertThrows(NullPointerException.class, () -> Pf4jPluginLoader.builder().callLimits(null));
        assertEquals("callLimits", noLimits.getMessage());
    }

    @Test
    void unloadingOnePluginLeavesTheOthersWorking() throws Exception {
        Path email = TestPlugins.emailClassifier("email").writeTo(folder);
        Path connectorJar = TestPlugins.listConnector("lister").writeTo(folder);

        try (Pf4jPluginLoader loader = grantingRequestedScopes()) {
            LoadedPlugin emailPlugin = loader.load(email);
            LoadedPlugin listPlugin = loader.load(connectorJar);

            assertTrue(loader.unload("email"));
            assertFalse(loader.unload("email"));

            assertFalse(emailPlugin.isLoaded());
            assertEquals(List.of(listPlugin), loader.plugins());
            try (ConnectorSession session = listPlugin.connectors().get(0).open(new ConnectionSettings(Map.of(), Map.of()));
                 Stream<DataAsset> assets = session.assets(session.containers(null).findFirst().orElseThrow())) {
                assertEquals(List.of("a.csv", "b.csv"), assets.map(DataAsset::name).toList());
            }
        }
    }

    private static Pf4jPluginLoader grantingRequestedScopes() {
        return Pf4jPluginLoader.builder().grants(ScopeGrants.requested()).build();
    }

    private static void assertRefused(Pf4jPluginLoader loader, Path jar, String reason) {
        PluginLoadException refused = assertThrows(PluginLoadException.class, () -> loader.load(jar));
        assertEquals(jar.getFileName() + " is refused: " + reason, refused.getMessage());
    }
}
