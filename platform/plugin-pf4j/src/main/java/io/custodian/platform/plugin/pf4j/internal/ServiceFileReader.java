package io.custodian.platform.plugin.pf4j.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the class names a plugin jar lists in {@code META-INF/services/<extension point>} (the
 * {@link java.util.ServiceLoader} format: one name a line, {@code #} starts a comment).
 *
 * <p>Only the plugin's own jar is read, through {@link URLClassLoader#findResources}, never
 * {@link ClassLoader#getResources}: the latter asks the parent first, so a plugin jar that is also on the host's
 * class path (or any host library listing the same service) would be read twice and each extension found twice.
 */
public final class ServiceFileReader {

    private static final String SERVICES = "META-INF/services/";

    private ServiceFileReader() {
    }

    /** The distinct class names listed for {@code extensionPoint} in the jar(s) of {@code pluginLoader}, in file order. */
    public static List<String> classNames(URLClassLoader pluginLoader, Class<?> extensionPoint) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Enumeration<URL> files = pluginLoader.findResources(SERVICES + extensionPoint.getName());
        while (files.hasMoreElements()) {
            names.addAll(read(files.nextElement()));
        }
        return new ArrayList<>(names);
    }

    private static List<String> read(URL file) throws IOException {
        URLConnection connection = file.openConnection();
        // Why: a cached JarURLConnection keeps the jar open after the plugin's class loader is closed.
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (InputStream in = connection.getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
