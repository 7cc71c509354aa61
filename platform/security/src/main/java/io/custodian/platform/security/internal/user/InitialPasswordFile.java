package io.custodian.platform.security.internal.user;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file {@code <karaf.data>/custodian/initial-admin-password} holding the first admin's
 * one-time password, readable only by the account running the platform.
 */
public final class InitialPasswordFile {

    private static final Logger LOG = LoggerFactory.getLogger(InitialPasswordFile.class);

    private final Path file;

    public InitialPasswordFile(Path dataDir) {
        this.file = dataDir.resolve("custodian").resolve("initial-admin-password");
    }

    public Path path() {
        return file;
    }

    /**
     * Writes the password. The file is created with owner-only permissions from the start (a
     * temporary file in the same folder, then an atomic rename), so no other account can open it
     * in between. On POSIX systems the mode is 600; elsewhere an ACL granting only the owner is
     * set before the password is written.
     */
    public void write(char[] password) throws IOException {
        Path dir = file.getParent();
        boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView(PosixFileAttributeView.class);
        if (posix) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
        Path temp = posix
                ? Files.createTempFile(dir, ".initial-admin-password", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".initial-admin-password", ".tmp", new FileAttribute<?>[0]);
        try {
            if (!posix) {
                restrictToOwner(temp);
            }
            writeChars(temp, password);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the file; true if it existed. */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}; delete it by hand", file, e);
            return false;
        }
    }

    private static void writeChars(Path target, char[] password) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(target,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            out.write(array);
            out.write('\n');
            Arrays.fill(array, (byte) 0);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private static void restrictToOwner(Path target) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(target, AclFileAttributeView.class);
        if (acl == null) {
            LOG.warn("The file system of {} supports neither POSIX permissions nor ACLs; protect the folder by hand",
                    target.getParent());
            return;
        }
        UserPrincipal owner = Files.getOwner(target);
        AclEntry ownerOnly = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build();
        acl.setAcl(List.of(ownerOnly));
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir.toAbsolutePath().getRoot() : p;
    }
}
