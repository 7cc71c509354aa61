package io.custodian.datasources.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeySourceTest {

    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path folder;

    @Test
    void createsTheKeyFileOnceAndReusesIt() throws Exception {
        MasterKeyFiles files = new MasterKeyFiles(folder.resolve("custodian"));

        MasterKeySource.Loaded first = MasterKeySource.load(Map.<String, String>of()::get, files, random);
        String written = Files.readString(files.current());
        MasterKeySource.Loaded second = MasterKeySource.load(Map.<String, String>of()::get, files, random);

        assertFalse(first.external());
        assertEquals(first.ring().current(), second.ring().current());
        assertEquals(written, Files.readString(files.current()), "the second start does not rewrite the key");
        assertEquals(32, Base64.getDecoder().decode(written.strip()).length);
        try (var listing = Files.list(files.current().getParent())) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        MasterKeyFiles files = new MasterKeyFiles(folder);

        MasterKeySource.load(Map.<String, String>of()::get, files, random);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.current())));
    }

    @Test
    void usesTheEnvironmentKeyAndWritesNoFile() {
        MasterKey key = MasterKey.generate(random);
        MasterKeyFiles files = new MasterKeyFiles(folder);

        MasterKeySource.Loaded loaded = MasterKeySource.load(
                Map.of(MasterKeySource.ENV, " " + key.encoded() + "\n")::get, files, random);

        assertTrue(loaded.external());
        assertEquals(key, loaded.ring().current());
        assertFalse(Files.exists(files.current()));
    }

    @Test
    void theEnvironmentKeyKeepsThePreviousOneAndAKeyFileForOpeningOldSecrets() {
        MasterKeyFiles files = new MasterKeyFiles(folder);
        MasterKey fileKey = MasterKeySource.load(Map.<String, String>of()::get, files, random).ring().current();
        MasterKey current = MasterKey.generate(random);
        MasterKey previous = MasterKey.generate(random);

        MasterKeySource.Loaded loaded = MasterKeySource.load(Map.of(MasterKeySource.ENV, current.encoded(),
                MasterKeySource.ENV_PREVIOUS, previous.encoded())::get, files, random);

        assertEquals(current, loaded.ring().current());
        assertEquals(previous, loaded.ring().find(previous.id()).orElseThrow());
        assertEquals(fileKey, loaded.ring().find(fileKey.id()).orElseThrow());
    }

    @Test
    void refusesAMalformedEnvironmentKeyWithoutRepeatingIt() {
        String wrong = Base64.getEncoder().encodeToString(new byte[20]);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MasterKeySource.load(
                Map.of(MasterKeySource.ENV, wrong)::get, new MasterKeyFiles(folder), random));

        assertTrue(e.getMessage().contains(MasterKeySource.ENV), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
    }

    @Test
    void refusesAKeyFileThatHoldsNoKey() throws Exception {
        MasterKeyFiles files = new MasterKeyFiles(folder);
        Files.writeString(files.current(), "garbage");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MasterKeySource.load(Map.<String, String>of()::get, files, random));
        assertTrue(e.getMessage().contains("master.key"), e.getMessage());
    }

    @Test
    void restoresAMissingKeyFileFromThePreviousOne() {
        MasterKeyFiles files = new MasterKeyFiles(folder);
        MasterKey previous = MasterKey.generate(random);
        files.write(files.previous(), previous);

        MasterKeySource.Loaded loaded = MasterKeySource.load(Map.<String, String>of()::get, files, random);

        assertEquals(previous, loaded.ring().current());
        assertEquals(previous, files.read(files.current()).orElseThrow());
    }

    @Test
    void anInterruptedRotationsKeysJoinTheRing() {
        MasterKeyFiles files = new MasterKeyFiles(folder);
        MasterKey current = MasterKeySource.load(Map.<String, String>of()::get, files, random).ring().current();
        MasterKey next = MasterKey.generate(random);
        files.write(files.next(), next);

        MasterKeySource.Loaded loaded = MasterKeySource.load(Map.<String, String>of()::get, files, random);

        assertEquals(current, loaded.ring().current());
        assertEquals(next, loaded.next().orElseThrow());
        assertTrue(loaded.ring().find(next.id()).isPresent());
    }
}
