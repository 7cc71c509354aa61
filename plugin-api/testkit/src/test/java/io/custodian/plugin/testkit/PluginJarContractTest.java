package io.custodian.plugin.testkit;

import static io.custodian.plugin.testkit.ContractsCatchBrokenExtensionsTest.failedChecks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.custodian.plugin.testkit.fixture.EmailLikeClassifier;
import io.custodian.plugin.testkit.fixture.NeedsLibraryClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class PluginJarContractTest {

    private static final String CLASSIFIER_SERVICE = "META-INF/services/io.custodian.plugin.api.classifier.Classifier";
    private static final String DESCRIPTOR = "{\"id\":\"email-like\",\"name\":\"E-mail\",\"version\":\"1.2.0\",\"vendor\":\"ACME\","
            + "\"description\":\"Finds e-mail addresses.\",\"kinds\":[\"classifier\"],\"platform\":\">=0.1.0 & <1.0.0\","
            + "\"scopes\":[\"samples.read\"],\"configSchema\":{\"type\":\"object\"}}";

    /** The jar the nested contract checks; set by each test before it runs the contract. */
    static Path jarUnderTest;

    @TempDir
    Path dir;

    @Test
    void wellFormedJarPassesEveryCheck() throws IOException {
        jarUnderTest = jar(goodHeaders(), DESCRIPTOR, EmailLikeClassifier.class);
        Events events = run();
        assertEquals(0, events.failed().count(), () -> events.failed().list().toString());
        assertEquals(0, events.aborted().count());
        assertEquals(10, events.succeeded().count());
    }

    @Test
    void osgiImportsWrongNamesAndUnversionedApiAreCaught() throws IOException {
        Map<String, String> headers = goodHeaders();
        headers.put("Bundle-SymbolicName", "email-like");
        headers.put("Import-Package", "io.custodian.plugin.api.classifier,org.osgi.framework;version=\"[1.8,2)\"");
        headers.put("Plugin-Version", "1.0.0");
        headers.put("Bundle-Activator", "acme.Activator");
        jarUnderTest = jar(headers, DESCRIPTOR, EmailLikeClassifier.class);
        assertEquals(Set.of("bundleHeadersNameThePlugin", "importsNoOsgiPackagesAndExportsNoApi", "importsThePluginApiWithinMajorVersionOne",
                "pf4jHeadersRepeatTheManifest"), failedChecks(JarUnderTest.class));
    }

    @Test
    void classNeedingALibraryTheJarDoesNotEmbedIsCaught() throws IOException {
        jarUnderTest = jar(goodHeaders(), DESCRIPTOR, NeedsLibraryClassifier.class, EmailLikeClassifier.class);
        assertEquals(Set.of("everyDeclaredKindHasLoadableExtensions"), failedChecks(JarUnderTest.class));
    }

    @Test
    void badManifestFieldsAreNamed() throws IOException {
        String bad = DESCRIPTOR.replace("\"email-like\"", "\"Email Like\"").replace("1.2.0", "1.2")
                .replace(">=0.1.0 & <1.0.0", ">=>=").replace("samples.read", "root.access").replace("[\"classifier\"]", "[\"classifier\",\"connector\"]");
        jarUnderTest = jar(goodHeaders(), bad, EmailLikeClassifier.class);
        Set<String> failed = failedChecks(JarUnderTest.class);
        assertTrue(failed.containsAll(Set.of("manifestNamesIdVersionVendorAndDescription", "manifestPlatformRangeParses",
                "manifestKindsAndScopesAreKnown", "everyDeclaredKindHasLoadableExtensions")), failed.toString());
    }

    @Test
    void servicesFileForAnUndeclaredKindIsCaught() throws IOException {
        Path path = jar(goodHeaders(), DESCRIPTOR, EmailLikeClassifier.class);
        jarUnderTest = path;
        addEntry(path, "META-INF/services/io.custodian.plugin.api.connector.Connector", "acme.Connector\n");
        assertEquals(Set.of("noServicesFileForAnUndeclaredKind"), failedChecks(JarUnderTest.class));
    }

    @Test
    void withoutAJarTheChecksAreSkippedNotPassed() {
        System.clearProperty(PluginJarContract.JAR_PROPERTY);
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PackagedPluginJarIT.class)).execute().testEvents();
        assertEquals(10, events.aborted().count());
        assertEquals(0, events.succeeded().count());
    }

    private Events run() {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(JarUnderTest.class)).execute().testEvents();
    }

    private static Map<String, String> goodHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", "custodian.plugin.email-like");
        headers.put("Bundle-Version", "1.2.0");
        headers.put("Import-Package", "io.custodian.plugin.api.classifier;version=\"[1.0,2)\"");
        headers.put("Plugin-Id", "email-like");
        headers.put("Plugin-Version", "1.2.0");
        headers.put("Plugin-Provider", "ACME");
        return headers;
    }

    private Path jar(Map<String, String> headers, String descriptor, Class<?>... classes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path path = Files.createTempFile(dir, "plugin", ".jar");
        try (OutputStream file = Files.newOutputStream(path); JarOutputStream out = new JarOutputStream(file, manifest)) {
            put(out, "META-INF/custodian-plugin.json", descriptor.getBytes(StandardCharsets.UTF_8));
            put(out, CLASSIFIER_SERVICE, (classes[0].getName() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : classes) {
                String resource = type.getName().replace('.', '/') + ".class";
                try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
                    put(out, resource, in.readAllBytes());
                }
            }
        }
        return path;
    }

    private static void addEntry(Path jar, String name, String content) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), in.getManifest())) {
            for (JarEntry entry : Collections.list(in.entries())) {
                if (!entry.getName().equals("META-INF/MANIFEST.MF")) {
                    try (InputStream data = in.getInputStream(entry)) {
                        put(out, entry.getName(), data.readAllBytes());
                    }
                }
            }
            put(out, name, content.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** The contract, pointed at {@link #jarUnderTest}. Nested, so surefire does not run it on its own. */
    static class JarUnderTest extends PluginJarContract {
        @Override
        protected Path pluginJar() {
            return jarUnderTest;
        }
    }
}
