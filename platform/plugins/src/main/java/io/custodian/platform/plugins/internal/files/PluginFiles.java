package io.custodian.platform.plugins.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plugin jars the host keeps, as {@code <root>/<id>/<version>.jar} (root is
 * {@code ${karaf.data}/custodian/plugins}): the version installed now and the one before it, so a
 * rollback and a re-install after a lost bundle cache need no download.
 */
public final class PluginFiles {

    // The manifest parser enforces both; checked again because they become path segments.
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,99}");
    private static final String JAR = ".jar";

    private final Path root;

    public PluginFiles(Path root) {
        this.root = root;
    }

    /** Where the jar of {@code id} at {@code version} is (or would be) kept. */
    public Path jar(String id, String version) {
        return folder(id).resolve(safeVersion(version) + JAR);
    }

    /** The kept jar of {@code id} at {@code version}, if it is there. */
    public Optional<Path> existing(String id, String version) {
        Path jar = jar(id, version);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * Copies a verified jar into the store (replacing a jar of the same version) and answers where
     * it now is. Written to a temporary name first, so a crash never leaves half a jar under the
     * version's name.
     */
    public Path keep(String id, String version, Path verifiedJar) {
        Path target = jar(id, version);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".incoming-", ".part");
            try {
                Files.copy(verifiedJar, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the jar of plugin " + id + " " + version, e);
        }
    }

    /** The versions kept for {@code id}, in no particular order. */
    public List<String> versions(String id) {
        Path folder = folder(id);
        List<String> versions = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*" + JAR)) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                versions.add(name.substring(0, name.length() - JAR.length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the jars of plugin " + id, e);
        }
        return versions;
    }

    /** Deletes every kept jar of {@code id} except those of the versions in {@code keep}. */
    public void retainOnly(String id, Set<String> keep) {
        for (String version : versions(id)) {
            if (!keep.contains(version)) {
                delete(jar(id, version));
            }
        }
    }

    /** Deletes the folder of {@code id} with everything in it. */
    public void deleteAll(String id) {
        Path folder = folder(id);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(PluginFiles::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the jars of plugin " + id, e);
        }
    }

    private Path folder(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a plugin id: " + id);
        }
        return root.resolve(id);
    }

    private static String safeVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("not a plugin version: " + version);
        }
        return version;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
