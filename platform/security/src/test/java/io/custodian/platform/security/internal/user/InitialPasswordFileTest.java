package io.custodian.platform.security.internal.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialPasswordFileTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void writesThePasswordReadableOnlyByTheOwner() throws Exception {
        InitialPasswordFile file = new InitialPasswordFile(dataDir);

        file.write("s3cret-one-time".toCharArray());

        assertEquals(dataDir.resolve("custodian/initial-admin-password"), file.path());
        assertEquals("s3cret-one-time\n", Files.readString(file.path(), StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertEquals("rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path().getParent())));
    }

    @Test
    void replacesAStaleFileAndLeavesNoTemporaryFiles() throws Exception {
        InitialPasswordFile file = new InitialPasswordFile(dataDir);
        Files.createDirectories(file.path().getParent());
        Files.writeString(file.path(), "stale");
        Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-r--r--"));

        file.write("fresh-password".toCharArray());

        assertEquals("fresh-password\n", Files.readString(file.path()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        try (var entries = Files.list(file.path().getParent())) {
            assertEquals(List.of(file.path()), entries.toList());
        }
    }

    @Test
    void deleteRemovesTheFileOnce() throws Exception {
        InitialPasswordFile file = new InitialPasswordFile(dataDir);
        file.write("s3cret-one-time".toCharArray());

        assertTrue(file.delete());
        assertFalse(Files.exists(file.path()));
        assertFalse(file.delete());
    }
}
