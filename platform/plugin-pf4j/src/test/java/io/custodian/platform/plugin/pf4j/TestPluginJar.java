package io.custodian.platform.plugin.pf4j;

import io.custodian.plugin.api.PluginExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar for a test: Java sources compiled against the plugin API jar on the test class path,
 * packaged with PF4J headers, {@code META-INF/custodian-plugin.json} and services files. The jar is written to a
 * folder of the test's choosing and never put on the test class path.
 */
final class TestPluginJar {

    private final String id;
    private String version = "1.0.0";
    private boolean pluginIdHeader = true;
    private boolean withJarManifest = true;
    private String manifestJson;
    private boolean withManifestJson = true;
    private List<String> kinds = new ArrayList<>();
    private List<String> scopes = new ArrayList<>();
    private String platform = ">=0.1.0 & <1.0.0";
    private boolean directoryEntries = true;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final Map<String, byte[]> copiedClasses = new LinkedHashMap<>();

    private TestPluginJar(String id) {
        this.id = id;
    }

    static TestPluginJar plugin(String id) {
        return new TestPluginJar(id);
    }

    TestPluginJar version(String version) {
        this.version = version;
        return this;
    }

    TestPluginJar withoutPluginIdHeader() {
        this.pluginIdHeader = false;
        return this;
    }

    /** Writes no META-INF/MANIFEST.MF at all. */
    TestPluginJar withoutJarManifest() {
        this.withJarManifest = false;
        return this;
    }

    TestPluginJar withoutDirectoryEntries() {
        this.directoryEntries = false;
        return this;
    }

    /** Replaces the generated {@code custodian-plugin.json}. */
    TestPluginJar manifestJson(String json) {
        this.manifestJson = json;
        return this;
    }

    /** Leaves {@code custodian-plugin.json} out of the jar. */
    TestPluginJar withoutManifestJson() {
        this.withManifestJson = false;
        return this;
    }

    TestPluginJar kinds(String... kinds) {
        this.kinds = List.of(kinds);
        return this;
    }

    TestPluginJar scopes(String... scopes) {
        this.scopes = List.of(scopes);
        return this;
    }

    TestPluginJar platform(String platform) {
        this.platform = platform;
        return this;
    }

    /** Adds a class; {@code source} is a complete compilation unit. */
    TestPluginJar source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    /** Puts the compiled {@code type} from the test class path into the jar too, as if the jar were a copy of it. */
    TestPluginJar copyClass(Class<?> type) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (var in = type.getClassLoader().getResourceAsStream(entry)) {
            copiedClasses.put(entry, in.readAllBytes());
        }
        return this;
    }

    /** Lists {@code classNames} in {@code META-INF/services/<extensionPoint>}. */
    TestPluginJar service(Class<? extends PluginExtension> extensionPoint, String... classNames) {
        services.computeIfAbsent(extensionPoint.getName(), k -> new ArrayList<>()).addAll(List.of(classNames));
        return this;
    }

    /** Writes the jar as {@code <id>-<version>.jar} into {@code folder}. */
    Path writeTo(Path folder) throws IOException {
        return writeTo(folder, id + "-" + version + ".jar");
    }

    Path writeTo(Path folder, String fileName) throws IOException {
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory("plugin-build-" + id);
        Path classes = compile(work);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        entries.putAll(copiedClasses);
        if (withManifestJson) {
            String json = manifestJson != null ? manifestJson : defaultManifestJson();
            entries.put("META-INF/custodian-plugin.json", json.getBytes(StandardCharsets.UTF_8));
        }
        services.forEach((point, names) -> entries.put("META-INF/services/" + point,
                (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8)));
        Path jar = folder.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = withJarManifest ? new JarOutputStream(out, manifest()) : new JarOutputStream(out)) {
            if (directoryEntries) {
                for (String directory : directories(entries.keySet())) {
                    jarOut.putNextEntry(new JarEntry(directory));
                    jarOut.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jarOut.putNextEntry(new JarEntry(entry.getKey()));
                jarOut.write(entry.getValue());
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    private String defaultManifestJson() {
        return "{\"id\":\"" + id + "\",\"name\":\"Test plugin " + id + "\",\"version\":\"" + version + "\","
                + "\"vendor\":\"Tests\",\"description\":\"Built by a test\","
                + "\"kinds\":" + jsonArray(kinds) + ",\"platform\":\"" + platform + "\",\"scopes\":" + jsonArray(scopes) + "}";
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private Manifest manifest() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (pluginIdHeader) {
            main.putValue("Plugin-Id", id);
        }
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Provider", "Tests");
        return manifest;
    }

    /** Every parent folder of the entries, as jar tools write them ("META-INF/", "META-INF/services/"...). */
    private static TreeSet<String> directories(Iterable<String> entryNames) {
        TreeSet<String> directories = new TreeSet<>();
        for (String name : entryNames) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                directories.add(name.substring(0, slash + 1));
            }
        }
        return directories;
    }

    private Path compile(Path work) throws IOException {
        Path sourceRoot = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath", pluginApiJar(), "-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        if (sources.isEmpty()) {
            return classes;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("tests need a JDK (javax.tools compiler), not a JRE");
        }
        int exit = compiler.run(null, null, null, arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("the test plugin " + id + " does not compile (see the compiler output above)");
        }
        return classes;
    }

    /** The plugin API jar (or classes folder) the test class path holds. */
    private static String pluginApiJar() {
        try {
            return Path.of(PluginExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
