package io.custodian.platform.plugin.packaging;

import static io.custodian.platform.plugin.packaging.PluginManifestParserTest.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.plugin.api.PluginKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginJarInspectorTest {

    private static final String CONNECTOR_CLASS = "com.acme.files.FilesConnector";

    @TempDir
    Path dir;

    private final PluginJarInspector inspector = new PluginJarInspector(InspectionLimits.defaults());

    @Test
    void inspectsAValidPluginJar() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.2.0").build();

        InspectedJar inspected = inspector.inspect(jar);

        assertEquals("acme-iban", inspected.manifest().id());
        assertEquals(Map.of(PluginKind.CLASSIFIER, List.of(TestJars.CLASSIFIER_CLASS)), inspected.extensions());
        assertEquals(Files.size(jar), inspected.size());
        assertEquals(Sha256.hex(Files.readAllBytes(jar)), inspected.sha256());
        assertEquals(jar, inspected.jar());
    }

    @Test
    void listsTheClassesOfEveryDeclaredKindInFileOrder() throws Exception {
        ObjectNode manifest = TestJars.manifest("acme-multi", "1.0.0");
        manifest.putArray("kinds").add("classifier").add("connector");
        Path jar = TestJars.plugin(dir, "acme-multi", "1.0.0").manifest(manifest)
                .services(PluginKind.CLASSIFIER, "# IBANs", TestJars.CLASSIFIER_CLASS, "", "com.acme.iban.Bic  # and BICs")
                .classFile("com.acme.iban.Bic")
                .services(PluginKind.CONNECTOR, CONNECTOR_CLASS).classFile(CONNECTOR_CLASS)
                .build();

        InspectedJar inspected = inspector.inspect(jar);

        assertEquals(List.of(TestJars.CLASSIFIER_CLASS, "com.acme.iban.Bic"), inspected.extensions().get(PluginKind.CLASSIFIER));
        assertEquals(List.of(CONNECTOR_CLASS), inspected.extensions().get(PluginKind.CONNECTOR));
    }

    @Test
    void refusesAJarOverTheSizeLimitBeforeOpeningIt() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").entry("big.bin", randomBytes(20_000)).build();
        PluginJarInspector small = new PluginJarInspector(new InspectionLimits(10_000, 100, 1_000_000));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> small.inspect(jar));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().matches("The plugin file \"acme-iban-1\\.0\\.0\\.jar\" is 2\\d\\.\\d KiB; the limit is 9\\.8 KiB\\."),
                e.getMessage());
    }

    @Test
    void refusesAJarWithTooManyEntries() {
        TestJars.Builder builder = TestJars.plugin(dir, "acme-iban", "1.0.0");
        for (int i = 0; i < 10; i++) {
            builder.entry("data/" + i + ".txt", new byte[] {1});
        }
        Path jar = builder.build();
        PluginJarInspector strict = new PluginJarInspector(new InspectionLimits(1_000_000, 8, 1_000_000));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> strict.inspect(jar));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("entries; the limit is 8."), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "../evil.class", "a/../../b", "/abs", "/etc/passwd", "C:\\x", "C:x", "a\\b", "..\\..\\x",
            "a//b", "./x", "x/./y", "nul\u0000.txt"})
    void refusesZipSlipAndOtherUnsafeEntryNames(String name) {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").entry(name, new byte[] {1}).build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.UNSAFE_ENTRY, e.reason());
        assertTrue(e.getMessage().startsWith("The plugin file \"acme-iban-1.0.0.jar\" contains the unsafe entry \""), e.getMessage());
        assertNoInternals(e);
    }

    @Test
    void acceptsOrdinaryFolderEntries() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").entry("com/acme/", new byte[0]).entry("a..b/c..d.txt", new byte[] {1})
                .build();
        assertEquals("acme-iban", inspector.inspect(jar).manifest().id());
    }

    @Test
    void refusesTwoEntriesWithTheSameName() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0")
                .entry("META-INF/custodian-plugin.jsoX", "{\"id\":\"evil\"}".getBytes(StandardCharsets.UTF_8)).build();
        TestJars.patch(jar, "custodian-plugin.jsoX", "custodian-plugin.json");

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.UNSAFE_ENTRY, e.reason());
        assertEquals("The plugin file \"acme-iban-1.0.0.jar\" contains the entry \"META-INF/custodian-plugin.json\" twice.",
                e.getMessage());
    }

    @Test
    void refusesAZipBombByTheBytesItInflatesTo() {
        // 2 MiB of zeros compress to a few KiB.
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").entry("bomb.bin", new byte[2 * 1024 * 1024]).build();
        PluginJarInspector strict = new PluginJarInspector(new InspectionLimits(1_000_000, 100, 1024 * 1024));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> strict.inspect(jar));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("The plugin file \"acme-iban-1.0.0.jar\" unpacks to more than 1.0 MiB; the limit protects the platform"
                + " from zip bombs.", e.getMessage());
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSizeInTheHeaders() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").entry("bomb.bin", new byte[2 * 1024 * 1024]).build();
        TestJars.falsifyDeclaredSizes(jar, 10);
        PluginJarInspector strict = new PluginJarInspector(new InspectionLimits(1_000_000, 100, 1024 * 1024));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> strict.inspect(jar));

        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jar"));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(empty));

        assertEquals(Reason.NOT_A_JAR, e.reason());
        assertEquals("The plugin file \"empty.jar\" is empty.", e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAZip() throws Exception {
        Path text = Files.writeString(dir.resolve("readme.jar"), "This is not a jar.\n".repeat(100));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(text));

        assertEquals(Reason.NOT_A_JAR, e.reason());
        assertEquals("The plugin file \"readme.jar\" is not a jar (zip) archive.", e.getMessage());
    }

    @Test
    void refusesADamagedJar() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").entry("data.bin", randomBytes(50_000)).build();
        byte[] content = Files.readAllBytes(jar);
        // Scramble compressed data in the middle of the file but keep the central directory readable.
        for (int i = 2_000; i < 30_000; i++) {
            content[i] = (byte) (content[i] ^ 0x5A);
        }
        Files.write(jar, content);

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.NOT_A_JAR, e.reason());
        assertNoInternals(e);
    }

    @Test
    void refusesATruncatedJar() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").build();
        byte[] content = Files.readAllBytes(jar);
        Files.write(jar, Arrays.copyOf(content, content.length / 2));

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.NOT_A_JAR, e.reason());
    }

    @Test
    void refusesAMissingFile() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(dir.resolve("nope.jar")));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals("The plugin file \"nope.jar\" does not exist.", e.getMessage());
    }

    @Test
    void refusesAJarWithoutManifest() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").without("META-INF/custodian-plugin.json").build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.MANIFEST_MISSING, e.reason());
        assertEquals("The plugin file \"acme-iban-1.0.0.jar\" has no META-INF/custodian-plugin.json; every plugin jar must"
                + " describe itself there.", e.getMessage());
    }

    @Test
    void refusesAJarWithAnInvalidManifestNamingTheField() {
        ObjectNode manifest = TestJars.manifest("acme-iban", "1.0.0");
        manifest.remove("platform");
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").manifest(manifest).build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertTrue(e.getMessage().contains("has no \"platform\" field"), e.getMessage());
    }

    @Test
    void refusesAnOversizedManifestEntry() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").manifestBytes(new byte[200_000]).build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("META-INF/custodian-plugin.json"), e.getMessage());
    }

    @Test
    void refusesADeclaredKindWithoutServicesFile() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0")
                .without("META-INF/services/io.custodian.plugin.api.classifier.Classifier").build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.NO_EXTENSIONS, e.reason());
        assertEquals("The plugin file \"acme-iban-1.0.0.jar\" declares the kind classifier but has no"
                + " META-INF/services/io.custodian.plugin.api.classifier.Classifier listing its classifier classes.", e.getMessage());
    }

    @Test
    void refusesAServicesFileThatNamesNoClass() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").services(PluginKind.CLASSIFIER, "# nothing yet", "").build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.NO_EXTENSIONS, e.reason());
        assertTrue(e.getMessage().contains("names no class"), e.getMessage());
    }

    @Test
    void refusesAServicesFileNamingAClassTheJarLacks() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").services(PluginKind.CLASSIFIER, "com.acme.Missing").build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.NO_EXTENSIONS, e.reason());
        assertTrue(e.getMessage().endsWith("names the class com.acme.Missing, which the jar does not contain."), e.getMessage());
    }

    @Test
    void refusesAServicesLineThatIsNoClassName() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0")
                .services(PluginKind.CLASSIFIER, TestJars.CLASSIFIER_CLASS, "../../etc/passwd").build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertTrue(e.getMessage().contains("is malformed: line 2 is \"../../etc/passwd\", which is not a Java class name"),
                e.getMessage());
    }

    @Test
    void refusesABundleActivatorBecauseItWouldRunOutsideTheGuards() {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").header("Bundle-Activator", "com.acme.Activator").build();

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> inspector.inspect(jar));

        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertTrue(e.getMessage().contains("declares the Bundle-Activator \"com.acme.Activator\""), e.getMessage());
    }

    @Test
    void readsStoredAsWellAsDeflatedEntries() throws Exception {
        Path jar = TestJars.plugin(dir, "acme-iban", "1.0.0").stored().build();
        assertEquals("1.0.0", inspector.inspect(jar).manifest().version());
    }

    @Test
    void doesNotCheckThePlatformRange() throws Exception {
        ObjectNode manifest = TestJars.manifest("acme-future", "1.0.0");
        manifest.put("platform", ">=9.0.0");
        Path jar = TestJars.plugin(dir, "acme-future", "1.0.0").manifest(manifest).build();
        assertEquals(">=9.0.0", inspector.inspect(jar).manifest().platformRange());
    }

    @Test
    void limitsMustBePositiveAndDefaultsMatchTheDesign() {
        assertThrows(IllegalArgumentException.class, () -> new InspectionLimits(0, 1, 1));
        InspectionLimits defaults = InspectionLimits.defaults();
        assertEquals(50L * 1024 * 1024, defaults.maxJarBytes());
        assertEquals(10_000, defaults.maxEntries());
        assertEquals(200L * 1024 * 1024, defaults.maxUncompressedBytes());
        assertEquals(1234, defaults.withMaxJarBytes(1234).maxJarBytes());
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }
}
