package io.custodian.plugin.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAnOwnerOnlyPrivateKeyAndAPublicKeyAndPrintsTheTrustedPublishersEntry() throws Exception {
        ToolRun run = ToolRun.of("keygen", "--out", dir.resolve("keys").toString(), "--publisher", "acme");

        assertEquals(0, run.exitCode(), run.toString());
        Path key = dir.resolve("keys/acme.key");
        Path pub = dir.resolve("keys/acme.pub");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        PluginSignatures.decodePrivate(Files.readString(key).trim());
        String publicKey = Files.readString(pub).trim();
        assertEquals("acme=" + publicKey, run.lastLine());
        PublicKey trusted = TrustedPublishers.parse(run.lastLine()).key("acme").orElseThrow();
        assertEquals(PluginSignatures.decodePublic(publicKey), trusted);
    }

    @Test
    void theKeyPairItWritesSignsAndVerifies() throws Exception {
        ToolRun.of("keygen", "--out", dir.toString(), "--publisher", "acme");
        String sha = "0".repeat(64);
        String signature = PluginSignatures.sign(PluginSignatures.decodePrivate(Files.readString(dir.resolve("acme.key")).trim()),
                "demo", "1.0.0", sha);

        PluginSignatures.verify(TrustedPublishers.parse("acme=" + Files.readString(dir.resolve("acme.pub")).trim()), "acme",
                signature, "demo", "1.0.0", sha);
    }

    @Test
    void refusesToOverwriteAnExistingKeyUnlessForced() throws Exception {
        ToolRun.of("keygen", "--out", dir.toString(), "--publisher", "acme");
        String first = Files.readString(dir.resolve("acme.key"));

        ToolRun again = ToolRun.of("keygen", "--out", dir.toString(), "--publisher", "acme");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("acme.key already exists; pass --force"), again.err());
        assertEquals(first, Files.readString(dir.resolve("acme.key")));

        ToolRun forced = ToolRun.of("keygen", "--out", dir.toString(), "--publisher", "acme", "--force");
        assertEquals(0, forced.exitCode(), forced.toString());
        assertNotEquals(first, Files.readString(dir.resolve("acme.key")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("acme.key"))));
    }

    @Test
    void refusesAPublisherNameThatCannotBeATrustedPublishersKey() {
        ToolRun run = ToolRun.of("keygen", "--out", dir.toString(), "--publisher", "ac=me");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("publisher name 'ac=me' is not valid"), run.err());
        assertFalse(Files.exists(dir.resolve("ac=me.key")));
    }

    @Test
    void saysWhichOptionIsMissing() {
        ToolRun run = ToolRun.of("keygen", "--publisher", "acme");

        assertEquals(2, run.exitCode());
        assertEquals("error: keygen: --out is required", run.err().strip());
    }
}
