package io.custodian.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.zafarkhaja.semver.Version;
import io.custodian.plugin.api.PluginDescriptorFormat;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks a built plugin jar the way the host will: the plugin manifest, the services files, the OSGi and
 * PF4J headers. Run it after {@code package} (by failsafe, see {@link PackagedPluginJarIT}) or extend it
 * and override {@link #pluginJar()}.
 *
 * <p>What it checks: {@value PluginDescriptorFormat#MANIFEST_PATH} exists, is at most 64 KiB, and has an
 * {@code id} matching {@link #PLUGIN_ID}, a {@code name}, {@code vendor}, {@code description} within their
 * length limits, a semantic {@code version}, a {@code platform} range that java-semver parses, known
 * {@code kinds} and {@code scopes} (at most 20 each) and, if present, a {@code configSchema} object; each
 * declared kind has a services file naming classes that load from the jar with nothing but the plugin API
 * and the JDK to lean on, implement the extension point and have a public no-argument constructor; no
 * services file for an undeclared kind; {@code Bundle-SymbolicName} is {@code custodian.plugin.<id>},
 * {@code Bundle-Version} matches the version, {@code Plugin-Id}/{@code Plugin-Version} repeat id and
 * version (and {@code Plugin-Provider}, if present, the vendor); the plugin API is imported with a range
 * inside {@code [1,2)}; no {@code org.osgi} package is imported, no Bundle-Activator is set and the plugin
 * API is not exported again; no entry name could escape a folder when unpacked.
 */
public abstract class PluginJarContract {

    /** What a plugin id looks like. */
    public static final Pattern PLUGIN_ID = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,63}$");
    /** System property naming the jar to check. */
    public static final String JAR_PROPERTY = "custodian.plugin.jar";
    /** System property naming the id the jar must declare (optional). */
    public static final String ID_PROPERTY = "custodian.plugin.id";

    private static final Pattern OSGI_RANGE = Pattern.compile("^([\\[(])\\s*([0-9.]+)\\s*,\\s*([0-9.]+)\\s*([\\])])$");
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_LISTED = 20;

    private PluginJar jar;
    private Map<String, Object> descriptor;

    /**
     * The jar to check. By default the path in system property {@value #JAR_PROPERTY}; without it the
     * checks are skipped (visibly), since before {@code package} there is no jar.
     */
    protected Path pluginJar() {
        String property = System.getProperty(JAR_PROPERTY);
        assumeTrue(property != null && !property.isBlank(), "system property " + JAR_PROPERTY
                + " is not set: run this check after `package` (failsafe) or override pluginJar()");
        return Path.of(property);
    }

    /** The id the jar must declare, if the build knows it; by default system property {@value #ID_PROPERTY}. */
    protected Optional<String> expectedPluginId() {
        return Optional.ofNullable(System.getProperty(ID_PROPERTY)).filter(id -> !id.isBlank());
    }

    @BeforeEach
    final void readJar() {
        Path path = pluginJar();
        assertTrue(Files.isRegularFile(path), "no plugin jar at " + path + " (was it built?)");
        jar = PluginJar.read(path);
        assertTrue(jar.descriptorBytes().isPresent(), path.getFileName() + " has no " + PluginDescriptorFormat.MANIFEST_PATH);
        assertTrue(jar.descriptorBytes().get().length <= PluginJar.MAX_MANIFEST_BYTES,
                PluginDescriptorFormat.MANIFEST_PATH + " is larger than 64 KiB");
        try {
            descriptor = jar.descriptor();
        } catch (IllegalArgumentException e) {
            throw new AssertionError(PluginDescriptorFormat.MANIFEST_PATH + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    @Test
    void manifestNamesIdVersionVendorAndDescription() {
        String id = text("id");
        assertTrue(PLUGIN_ID.matcher(id).matches(), "id \"" + id + "\" does not match " + PLUGIN_ID);
        expectedPluginId().ifPresent(expected -> assertEquals(expected, id, "the jar declares another plugin id than the build"));
        assertTrue(Version.isValid(text("version")), "version \"" + text("version") + "\" is not a semantic version");
        assertLength("name", MAX_NAME);
        assertLength("vendor", MAX_NAME);
        assertLength("description", MAX_DESCRIPTION);
    }

    @Test
    void manifestPlatformRangeParses() {
        String range = text("platform");
        try {
            Version.of(0, 1, 0).satisfies(range);
        } catch (RuntimeException e) {
            fail("platform \"" + range + "\" is not a range java-semver understands (for example \">=0.1.0 & <1.0.0\"): " + e.getMessage());
        }
    }

    @Test
    void manifestKindsAndScopesAreKnown() {
        List<String> kinds = list("kinds");
        assertFalse(kinds.isEmpty(), "kinds is empty: a plugin contributes at least one extension");
        assertTrue(kinds.size() <= MAX_LISTED, "more than " + MAX_LISTED + " kinds");
        for (String kind : kinds) {
            assertTrue(PluginKind.fromId(kind).isPresent(), "unknown kind \"" + kind + "\"");
        }
        List<String> scopes = descriptor.containsKey("scopes") ? list("scopes") : List.of();
        assertTrue(scopes.size() <= MAX_LISTED, "more than " + MAX_LISTED + " scopes");
        for (String scope : scopes) {
            assertTrue(Scope.fromId(scope).isPresent(), "unknown scope \"" + scope + "\"; the host refuses the plugin");
        }
        Object schema = descriptor.get("configSchema");
        assertTrue(schema == null || schema instanceof Map, "configSchema is " + JsonText.describe(schema) + ", not an object");
    }

    @Test
    void everyDeclaredKindHasLoadableExtensions() throws IOException {
        try (URLClassLoader loader = jar.isolatedClassLoader(PluginExtension.class.getClassLoader())) {
            for (String kindId : list("kinds")) {
                PluginKind kind = PluginKind.fromId(kindId).orElseThrow(() -> new AssertionError("unknown kind " + kindId));
                String service = kind.extensionPoint().getName();
                List<String> classes = jar.services(service).orElseThrow(() -> new AssertionError("kind " + kindId
                        + " is declared but META-INF/services/" + service + " is missing"));
                assertFalse(classes.isEmpty(), "META-INF/services/" + service + " names no class");
                for (String className : classes) {
                    assertLoadable(loader, kind, className);
                }
            }
        }
    }

    @Test
    void noServicesFileForAnUndeclaredKind() {
        Set<String> declared = new HashSet<>();
        for (String kindId : list("kinds")) {
            PluginKind.fromId(kindId).ifPresent(kind -> declared.add(kind.extensionPoint().getName()));
        }
        for (PluginKind kind : PluginKind.values()) {
            String service = kind.extensionPoint().getName();
            if (jar.services(service).isPresent()) {
                assertTrue(declared.contains(service), "META-INF/services/" + service + " exists but kinds does not list \""
                        + kind.id() + "\"; the host would ignore those extensions");
            }
        }
    }

    @Test
    void bundleHeadersNameThePlugin() {
        assertTrue(jar.manifest().isPresent(), "the jar has no META-INF/MANIFEST.MF");
        assertEquals("2", header("Bundle-ManifestVersion"), "Bundle-ManifestVersion");
        String symbolicName = PluginJar.clauseNames(header("Bundle-SymbolicName")).get(0);
        assertEquals("custodian.plugin." + text("id"), symbolicName, "Bundle-SymbolicName");
        assertEquals(releasePart(text("version")), releasePart(header("Bundle-Version")),
                "Bundle-Version " + header("Bundle-Version") + " does not match version " + text("version"));
        assertTrue(jar.header("Bundle-Activator").isEmpty(), "a plugin has no Bundle-Activator: the host starts its extensions");
    }

    @Test
    void pf4jHeadersRepeatTheManifest() {
        assertEquals(text("id"), header("Plugin-Id"), "Plugin-Id");
        assertEquals(text("version"), header("Plugin-Version"), "Plugin-Version");
        jar.header("Plugin-Provider").ifPresent(provider -> assertEquals(text("vendor"), provider, "Plugin-Provider"));
    }

    @Test
    void importsThePluginApiWithinMajorVersionOne() {
        boolean importsApi = false;
        for (String clause : PluginJar.clauses(jar.header("Import-Package").orElse(""))) {
            for (String name : PluginJar.clauseNames(clause)) {
                if (name.equals("io.custodian.plugin.api") || name.startsWith("io.custodian.plugin.api.")) {
                    importsApi = true;
                    String range = PluginJar.clauseAttribute(clause, "version").orElseThrow(() ->
                            new AssertionError("Import-Package " + name + " has no version range; expected [1.0,2)"));
                    assertWithinMajorOne(name, range);
                }
            }
        }
        assertTrue(importsApi, "Import-Package does not name io.custodian.plugin.api: the extensions could not see their interfaces");
    }

    @Test
    void importsNoOsgiPackagesAndExportsNoApi() {
        for (String header : List.of("Import-Package", "DynamicImport-Package")) {
            for (String clause : PluginJar.clauses(jar.header(header).orElse(""))) {
                for (String name : PluginJar.clauseNames(clause)) {
                    assertFalse(name.startsWith("org.osgi"), header + " names " + name
                            + ": plugin code must not use OSGi types, or it cannot run under PF4J");
                }
            }
        }
        for (String clause : PluginJar.clauses(jar.header("Export-Package").orElse(""))) {
            for (String name : PluginJar.clauseNames(clause)) {
                assertFalse(name.startsWith("io.custodian.plugin.api"), "Export-Package names " + name
                        + ": the plugin API belongs to the platform, never to a plugin");
            }
        }
    }

    @Test
    void noEntryCouldEscapeItsFolder() {
        for (String name : jar.entryNames()) {
            String normalized = name.replace('\\', '/');
            assertFalse(normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*"), "absolute entry name " + name);
            for (String segment : normalized.split("/")) {
                assertFalse(segment.equals(".."), "entry name " + name + " climbs out of its folder");
            }
        }
    }

    private void assertLoadable(ClassLoader loader, PluginKind kind, String className) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError(className + " (" + kind.id() + ") does not load from the jar with only the plugin API "
                    + "and the JDK beside it: " + e + ". Embed private libraries in the jar.", e);
        }
        assertTrue(kind.extensionPoint().isAssignableFrom(type), className + " does not implement " + kind.extensionPoint().getName());
        assertTrue(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()),
                className + " is not a public concrete class");
        try {
            Constructor<?> constructor = type.getConstructor();
            assertNotNull(constructor.newInstance(), className + " could not be instantiated");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(className + " has no public no-argument constructor", e);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new AssertionError(className + " failed in its constructor: " + e, e);
        }
    }

    private static void assertWithinMajorOne(String packageName, String range) {
        Matcher m = OSGI_RANGE.matcher(range.trim());
        assertTrue(m.matches(), "Import-Package " + packageName + " has version \"" + range
                + "\", which is not a bounded range; expected [1.0,2)");
        assertEquals("[", m.group(1), "Import-Package " + packageName + " " + range + ": the lower bound must be inclusive");
        assertEquals(1, major(m.group(2)), "Import-Package " + packageName + " " + range + " does not start at major version 1");
        boolean exclusiveUpper = ")".equals(m.group(4));
        boolean withinOne = exclusiveUpper ? compare(m.group(3), "2.0.0") <= 0 : major(m.group(3)) == 1;
        assertTrue(withinOne, "Import-Package " + packageName + " " + range + " reaches past major version 1");
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private static int compare(String left, String right) {
        String[] a = releasePart(left).split("\\.");
        String[] b = releasePart(right).split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The numeric major.minor.micro part of a semantic or OSGi version. */
    private static String releasePart(String version) {
        Matcher m = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?").matcher(version);
        assertTrue(m.find(), "\"" + version + "\" does not start with a version number");
        return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3));
    }

    private String header(String name) {
        return jar.header(name).orElseThrow(() -> new AssertionError("META-INF/MANIFEST.MF has no " + name + " header"));
    }

    private String text(String field) {
        Object value = descriptor.get(field);
        assertTrue(value instanceof String && !((String) value).isBlank(), PluginDescriptorFormat.MANIFEST_PATH
                + " needs a non-blank string \"" + field + "\" (found " + JsonText.describe(value) + ")");
        return (String) value;
    }

    private void assertLength(String field, int max) {
        assertTrue(text(field).length() <= max, field + " is longer than " + max + " characters");
    }

    private List<String> list(String field) {
        Object value = descriptor.get(field);
        assertTrue(value instanceof List, PluginDescriptorFormat.MANIFEST_PATH + " needs an array \"" + field
                + "\" (found " + JsonText.describe(value) + ")");
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            assertTrue(item instanceof String, "\"" + field + "\" holds " + JsonText.describe(item) + ", not only strings");
            items.add((String) item);
        }
        return items;
    }
}
