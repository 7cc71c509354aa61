package io.custodian.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseSecretTest {

    @Test
    void createsARandomOwnerOnlySecretOnceAndReadsItBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("custodian/db.secret");
        String first = EmbeddedDatabaseSecret.readOrCreate(file);
        String again = EmbeddedDatabaseSecret.readOrCreate(file);

        assertEquals(first, again);
        assertTrue(first.length() >= 32, "at least 24 random bytes");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void twoDatabasesGetDifferentSecrets(@TempDir Path dir) throws Exception {
        assertTrue(!EmbeddedDatabaseSecret.readOrCreate(dir.resolve("a")).equals(
                EmbeddedDatabaseSecret.readOrCreate(dir.resolve("b"))));
    }
}
