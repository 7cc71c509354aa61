package io.custodian.platform.plugins.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A folder of its own for one download or upload, deleted with everything in it on close. */
public final class TemporaryFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryFolder.class);

    private final Path path;

    private TemporaryFolder(Path path) {
        this.path = path;
    }

    /** A new folder inside {@code parent} (created if missing), named {@code prefix} and a random part. */
    public static TemporaryFolder in(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            return new TemporaryFolder(Files.createTempDirectory(parent, prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a working folder in " + parent, e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete the working folder {}", path, e);
        }
    }
}
