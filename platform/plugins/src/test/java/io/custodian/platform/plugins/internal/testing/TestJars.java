package io.custodian.platform.plugins.internal.testing;

import io.custodian.plugin.api.PluginDescriptorFormat;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.PluginKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Builds plugin jars as a partner would ship them: the JSON manifest, the services files and the
 * extension classes (copied from the test classes), plus OSGi and PF4J headers.
 */
public final class TestJars {

    public static final String SUPPORTED = ">=0.1.0 & <1.0.0";

    private final String id;
    private String version = "1.0.0";
    private String platform = SUPPORTED;
    private final List<String> scopes = new ArrayList<>();
    private final Map<PluginKind, List<Class<? extends PluginExtension>>> extensions = new LinkedHashMap<>();

    private TestJars(String id) {
        this.id = id;
    }

    public static TestJars plugin(String id) {
        return new TestJars(id);
    }

    public TestJars version(String newVersion) {
        version = newVersion;
        return this;
    }

    public TestJars platform(String range) {
        platform = range;
        return this;
    }

    public TestJars scopes(String... ids) {
        scopes.addAll(List.of(ids));
        return this;
    }

    public TestJars extension(PluginKind kind, Class<? extends PluginExtension> type) {
        extensions.computeIfAbsent(kind, k -> new ArrayList<>()).add(type);
        return this;
    }

    /** Writes the jar into {@code folder} as {@code <id>-<version>.jar}. */
    public Path writeTo(Path folder) {
        Path jar = folder.resolve(id + "-" + version + ".jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "custodian.plugin." + id);
        main.putValue("Bundle-Version", version.replace('-', '.'));
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", version);
        try {
            Files.createDirectories(folder);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                put(out, PluginDescriptorFormat.MANIFEST_PATH, descriptor().getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<PluginKind, List<Class<? extends PluginExtension>>> kind : extensions.entrySet()) {
                    String names = kind.getValue().stream().map(Class::getName).collect(Collectors.joining("\n"));
                    put(out, "META-INF/services/" + kind.getKey().extensionPoint().getName(),
                            (names + "\n").getBytes(StandardCharsets.UTF_8));
                    for (Class<?> type : kind.getValue()) {
                        put(out, type.getName().replace('.', '/') + ".class", classBytes(type));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private String descriptor() {
        String kinds = extensions.keySet().stream().map(k -> "\"" + k.id() + "\"").collect(Collectors.joining(","));
        String scopeList = scopes.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        return "{\"id\":\"" + id + "\",\"name\":\"Test " + id + "\",\"version\":\"" + version + "\","
                + "\"vendor\":\"Tests\",\"description\":\"A plugin for tests\",\"kinds\":[" + kinds + "],"
                + "\"platform\":\"" + platform + "\",\"scopes\":[" + scopeList + "]}";
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
