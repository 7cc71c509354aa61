package io.custodian.platform.plugins.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.osgi.framework.Bundle;

/**
 * The jar behind a bundle fileinstall installed from deploy/: the file its {@code file:} location
 * names, or else a jar rebuilt from the bundle's entries, so it can be verified like any jar.
 */
final class DeployedJar {

    private DeployedJar() {
    }

    /** The deploy/ file named by the bundle's location, if it is a plain file that still exists. */
    static Optional<Path> file(Bundle bundle) {
        String location = bundle.getLocation();
        if (!location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(URI.create(location));
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Writes the bundle's entries as a jar into {@code folder}. */
    static Path copy(Bundle bundle, Path folder) {
        Path jar = folder.resolve("bundle-" + bundle.getBundleId() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Enumeration<URL> entries = bundle.findEntries("/", "*", true);
            while (entries != null && entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                String name = entry.getPath().startsWith("/") ? entry.getPath().substring(1) : entry.getPath();
                if (name.isEmpty()) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    try (InputStream in = entry.openStream()) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the entries of bundle " + bundle.getSymbolicName(), e);
        }
        return jar;
    }
}
