package io.custodian.datasources.internal.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key files in the data folder: {@code master.key} (the current key), {@code master.key.new} (a rotation's
 * key before its re-encryption committed) and {@code master.key.previous} (the key a rotation replaces, kept until
 * nothing needs it). Each holds the base64 of 32 bytes and a line break; where the file system has POSIX
 * permissions, only the owner may read or write it. Every write goes to a temporary file first and is then moved
 * into place atomically, so a crash never leaves a half-written key behind.
 */
public final class MasterKeyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    /** The key files in {@code folder} (created when a key is first written). */
    public MasterKeyFiles(Path folder) {
        this.folder = folder;
    }

    public Path current() {
        return folder.resolve("master.key");
    }

    public Path next() {
        return folder.resolve("master.key.new");
    }

    public Path previous() {
        return folder.resolve("master.key.previous");
    }

    /**
     * The key in {@code file}, if the file exists.
     *
     * @throws IllegalStateException if the file cannot be read or does not hold a key
     */
    public Optional<MasterKey> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        warnIfReadableByOthers(file);
        try {
            return Optional.of(MasterKey.parse(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Writes {@code key} to {@code file}, replacing it atomically. */
    public void write(Path file, MasterKey key) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "master.key.", ".tmp", ownerOnly());
            try {
                Files.writeString(temporary, key.encoded() + "\n", StandardCharsets.US_ASCII);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + file, e);
        }
    }

    /** Moves {@code from} over {@code to} atomically. */
    public void replace(Path from, Path to) {
        try {
            move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the key file " + from + " to " + to, e);
        }
    }

    /** Deletes {@code file} if it exists. */
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the key file " + file, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void warnIfReadableByOthers(Path file) {
        if (!posix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("The key file {} may be read by other accounts ({}); restrict it with chmod 600", file,
                        PosixFilePermissions.toString(permissions));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot read the permissions of {}", file, e);
        }
    }
}
