package io.custodian.platform.persistence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded H2 database. There is no default password: the first start makes
 * a random one and keeps it in a file only the owner can read; later starts read it back.
 */
final class EmbeddedDatabaseSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedDatabaseSecret() {
    }

    /** Reads the secret at {@code file}, creating it (owner read/write only) if it does not exist. */
    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            createOwnerOnly(file);
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(secret.getBytes(StandardCharsets.UTF_8));
        }
        return secret;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Created with its final permissions so the secret is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
