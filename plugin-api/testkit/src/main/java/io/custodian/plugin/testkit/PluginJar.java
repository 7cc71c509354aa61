package io.custodian.plugin.testkit;

import io.custodian.plugin.api.PluginDescriptorFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A built plugin jar, read the way a host reads it: entry names, {@code META-INF/MANIFEST.MF}, the plugin
 * manifest ({@value PluginDescriptorFormat#MANIFEST_PATH}), the {@code META-INF/services} files, and a class
 * loader that sees only the jar, the plugin API and the JDK. {@link PluginJarContract} builds its checks on
 * this; a test may use it directly.
 */
public final class PluginJar {

    /** Plugin manifests larger than this are refused by the host. */
    public static final int MAX_MANIFEST_BYTES = 64 * 1024;

    private static final String SERVICES = "META-INF/services/";
    private static final String API_PACKAGE_PREFIX = "io.custodian.plugin.api.";

    private final Path path;
    private final List<String> entryNames;
    private final Manifest manifest;
    private final byte[] descriptor;
    private final Map<String, List<String>> services;

    private PluginJar(Path path, List<String> entryNames, Manifest manifest, byte[] descriptor, Map<String, List<String>> services) {
        this.path = path;
        this.entryNames = List.copyOf(entryNames);
        this.manifest = manifest;
        this.descriptor = descriptor;
        this.services = Map.copyOf(services);
    }

    /**
     * Reads the jar at {@code path}.
     *
     * @throws UncheckedIOException if it cannot be read or is not a zip file
     */
    public static PluginJar read(Path path) {
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            List<String> names = new ArrayList<>();
            Map<String, List<String>> services = new LinkedHashMap<>();
            byte[] descriptor = null;
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (entry.getName().equals(PluginDescriptorFormat.MANIFEST_PATH)) {
                    descriptor = readAtMost(jar, entry, MAX_MANIFEST_BYTES + 1);
                } else if (entry.getName().startsWith(SERVICES) && !entry.isDirectory()) {
                    String text = new String(readAtMost(jar, entry, MAX_MANIFEST_BYTES), StandardCharsets.UTF_8);
                    services.put(entry.getName().substring(SERVICES.length()), serviceClassNames(text));
                }
            }
            return new PluginJar(path, names, jar.getManifest(), descriptor, services);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin jar " + path + ": " + e.getMessage(), e);
        }
    }

    /** Where the jar is. */
    public Path path() {
        return path;
    }

    /** The names of all entries, in the order they are stored. */
    public List<String> entryNames() {
        return entryNames;
    }

    /** The jar's {@code META-INF/MANIFEST.MF}, if it has one. */
    public Optional<Manifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** A main attribute of {@code META-INF/MANIFEST.MF}, if present. */
    public Optional<String> header(String name) {
        return manifest().map(m -> m.getMainAttributes().getValue(name));
    }

    /** The raw bytes of the plugin manifest (read up to one byte past the size limit), if the jar has one. */
    public Optional<byte[]> descriptorBytes() {
        return Optional.ofNullable(descriptor).map(byte[]::clone);
    }

    /**
     * The plugin manifest parsed as a JSON object.
     *
     * @throws IllegalArgumentException if the jar has none or it is not a JSON object
     */
    public Map<String, Object> descriptor() {
        if (descriptor == null) {
            throw new IllegalArgumentException("the jar has no " + PluginDescriptorFormat.MANIFEST_PATH);
        }
        return JsonText.parseObject(new String(descriptor, StandardCharsets.UTF_8));
    }

    /** The class names listed in {@code META-INF/services/<serviceName>}, or empty if there is no such file. */
    public Optional<List<String>> services(String serviceName) {
        return Optional.ofNullable(services.get(serviceName));
    }

    /** The names of all services files ({@code META-INF/services/...} without the prefix). */
    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    /**
     * A class loader over this jar alone whose parent lends only the plugin API (from {@code apiLoader}) and
     * the JDK, as an OSGi host wiring only {@code io.custodian.plugin.api.*} does. A class that needs a
     * library the jar does not embed fails to load here. Close it when done.
     */
    public URLClassLoader isolatedClassLoader(ClassLoader apiLoader) {
        try {
            URL url = path.toUri().toURL();
            return new URLClassLoader("plugin-jar-check", new URL[] {url}, new ApiOnlyClassLoader(apiLoader));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot turn " + path + " into a URL", e);
        }
    }

    /** Splits an OSGi header into clauses at commas outside double quotes, each trimmed. */
    public static List<String> clauses(String header) {
        return splitOutsideQuotes(header == null ? "" : header, ',');
    }

    /** The package (or other) names of one clause: its {@code ;}-separated parts that are not attributes or directives. */
    public static List<String> clauseNames(String clause) {
        List<String> names = new ArrayList<>();
        for (String part : splitOutsideQuotes(clause, ';')) {
            if (!part.contains("=")) {
                names.add(part);
            }
        }
        return names;
    }

    /** An attribute ({@code name=value}) of one clause with quotes removed, if present. */
    public static Optional<String> clauseAttribute(String clause, String name) {
        for (String part : splitOutsideQuotes(clause, ';')) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.charAt(eq - 1) != ':' && part.substring(0, eq).trim().equals(name)) {
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                add(parts, current);
            } else {
                current.append(c);
            }
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder current) {
        String part = current.toString().trim();
        if (!part.isEmpty()) {
            parts.add(part);
        }
        current.setLength(0);
    }

    private static List<String> serviceClassNames(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static byte[] readAtMost(JarFile jar, JarEntry entry, int limit) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readNBytes(limit);
        }
    }

    /** Lends the plugin API from the test's loader and everything else from the JDK's platform loader only. */
    private static final class ApiOnlyClassLoader extends ClassLoader {

        private final ClassLoader apiLoader;

        ApiOnlyClassLoader(ClassLoader apiLoader) {
            super("plugin-api-only", ClassLoader.getPlatformClassLoader());
            this.apiLoader = apiLoader;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(API_PACKAGE_PREFIX)) {
                return apiLoader.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
