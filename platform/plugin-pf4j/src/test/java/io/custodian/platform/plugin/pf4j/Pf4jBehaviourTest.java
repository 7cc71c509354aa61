package io.custodian.platform.plugin.pf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.visualization.Visualization;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.ExtensionFinder;
import org.pf4j.InvalidPluginDescriptorException;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.ServiceProviderExtensionFinder;

/**
 * What PF4J 3.14.1 itself does with Custodian plugin jars, pinned down so an upgrade that changes it is noticed.
 * These findings are why {@link Pf4jPluginLoader} uses PF4J for descriptors, class loaders and the plugin
 * lifecycle, but reads {@code META-INF/services} itself (see {@code ServiceFileReader}).
 */
class Pf4jBehaviourTest {

    @TempDir
    Path folder;

    private PluginManager manager;

    @AfterEach
    void unloadAll() {
        if (manager != null) {
            manager.unloadPlugins();
        }
    }

    @Test
    void theDefaultExtensionFinderIgnoresServicesFiles() throws Exception {
        manager = new JarPluginManager(folder);
        String id = manager.loadPlugin(TestPlugins.emailClassifier("email").writeTo(folder));
        manager.startPlugin(id);

        // Its LegacyExtensionFinder reads only META-INF/extensions.idx, written by PF4J's annotation processor for @Extension.
        assertTrue(manager.getExtensions(Classifier.class, id).isEmpty());
    }

    @Test
    void theServiceProviderFinderNeedsNeitherExtensionNorExtensionPoint() throws Exception {
        manager = serviceProviderManager();
        String id = manager.loadPlugin(TestPlugins.emailClassifier("email").writeTo(folder));
        manager.startPlugin(id);

        List<Classifier> classifiers = manager.getExtensions(Classifier.class, id);

        assertEquals(1, classifiers.size());
        assertEquals("email", classifiers.get(0).describe().id());
    }

    @Test
    void theServiceProviderFinderFindsNothingInAJarWithoutDirectoryEntries() throws Exception {
        Path jar = TestPlugins.emailClassifier("email").withoutDirectoryEntries().writeTo(folder);
        manager = serviceProviderManager();
        String id = manager.loadPlugin(jar);
        manager.startPlugin(id);

        // It asks the class loader for the folder "META-INF/services", which exists only as a directory entry.
        assertTrue(manager.getExtensions(Classifier.class, id).isEmpty());
        manager.unloadPlugin(id);
        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            assertEquals(1, loader.load(jar).classifiers().size(), "the Custodian loader reads the services file itself");
        }
    }

    @Test
    void theServiceProviderFinderMixesTheServicesFilesOfAllExtensionPoints() throws Exception {
        // A classifier listed only as a visualization.
        Path jar = TestPluginJar.plugin("mislabelled").kinds("visualization")
                .source(TestPlugins.EMAIL_CLASSIFIER, TestPlugins.EMAIL_CLASSIFIER_SOURCE)
                .service(Visualization.class, TestPlugins.EMAIL_CLASSIFIER).writeTo(folder);
        manager = serviceProviderManager();
        String id = manager.loadPlugin(jar);
        manager.startPlugin(id);

        // Every services file of the jar goes into one bucket; the type check alone decides.
        assertEquals(1, manager.getExtensions(Classifier.class, id).size());
        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            PluginLoadException refused = assertThrows(PluginLoadException.class, () -> loader.load(jar));
            assertEquals("mislabelled-1.0.0.jar is refused: META-INF/services/io.custodian.plugin.api.visualization.Visualization names "
                    + "testplugin.email.EmailClassifier, which does not implement io.custodian.plugin.api.visualization.Visualization",
                    refused.getMessage());
        }
    }

    @Test
    void aPluginJarThatIsAlsoOnTheHostClassPathIsFoundTwiceByPf4jAndOnceByTheLoader() throws Exception {
        // HostClassifier is on the test class path and listed in its META-INF/services; this jar is a copy of it,
        // as when the plugin jar is put on the agent's class path as well as in its plugin folder.
        Path jar = TestPluginJar.plugin("host-copy").kinds("classifier")
                .copyClass(HostClassifier.class).service(Classifier.class, HostClassifier.class.getName()).writeTo(folder);
        manager = serviceProviderManager();
        String id = manager.loadPlugin(jar);
        manager.startPlugin(id);

        List<Classifier> all = manager.getExtensions(Classifier.class);

        List<Classifier> hosts = all.stream().filter(c -> c.getClass().getName().equals(HostClassifier.class.getName())).toList();
        assertEquals(2, hosts.size());
        assertNotSame(hosts.get(0).getClass(), hosts.get(1).getClass(), "one class from the host class path, one from the plugin");
        manager.unloadPlugin(id);
        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            List<Classifier> loaded = loader.load(jar).classifiers();
            assertEquals(1, loaded.size());
            assertEquals("host", loaded.get(0).describe().id());
        }
    }

    @Test
    void thePluginClassLoaderAnswersGetResourcesWithTheHostsFilesToo() throws Exception {
        manager = new JarPluginManager(folder);
        String id = manager.loadPlugin(TestPlugins.emailClassifier("email").writeTo(folder));
        URLClassLoader loader = (URLClassLoader) manager.getPluginClassLoader(id);
        String services = "META-INF/services/" + Classifier.class.getName();

        List<URL> viaGetResources = Collections.list(loader.getResources(services));
        List<URL> viaFindResources = Collections.list(loader.findResources(services));

        assertEquals(2, viaGetResources.size(), "the plugin's file and the test class path's: " + viaGetResources);
        assertEquals(1, viaFindResources.size());
        assertTrue(viaFindResources.get(0).toString().contains("email-1.0.0.jar"));
    }

    @Test
    void pf4jRefusesAJarWithoutPluginIdWithoutNamingTheJarOrTheHeader() throws Exception {
        manager = new JarPluginManager(folder);
        Path jar = TestPlugins.emailClassifier("anonymous").withoutPluginIdHeader().writeTo(folder);

        InvalidPluginDescriptorException refused = assertThrows(InvalidPluginDescriptorException.class, () -> manager.loadPlugin(jar));
        assertEquals("Field 'id' cannot be empty", refused.getMessage());
    }

    @Test
    void pf4jFailsWithANullPointerExceptionOnAJarWithoutManifest() throws Exception {
        manager = new JarPluginManager(folder);
        Path jar = TestPlugins.emailClassifier("nameless").withoutJarManifest().writeTo(folder);

        assertThrows(NullPointerException.class, () -> manager.loadPlugin(jar));
        try (Pf4jPluginLoader loader = Pf4jPluginLoader.create()) {
            PluginLoadException refused = assertThrows(PluginLoadException.class, () -> loader.load(jar));
            assertEquals("nameless-1.0.0.jar is refused: it has no META-INF/MANIFEST.MF, so it carries no Plugin-Id header",
                    refused.getMessage());
        }
    }

    /** A JarPluginManager that finds extensions with PF4J's ServiceProviderExtensionFinder only. */
    private JarPluginManager serviceProviderManager() {
        return new JarPluginManager(folder) {
            @Override
            protected ExtensionFinder createExtensionFinder() {
                ServiceProviderExtensionFinder finder = new ServiceProviderExtensionFinder(this);
                addPluginStateListener(finder);
                return finder;
            }
        };
    }
}
