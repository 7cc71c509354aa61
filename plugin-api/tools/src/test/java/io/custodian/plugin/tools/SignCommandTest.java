package io.custodian.plugin.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.Sha256;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignCommandTest {

    @TempDir
    Path dir;

    private Path key;
    private String trustedEntry;

    @BeforeEach
    void createKey() {
        trustedEntry = ToolRun.of("keygen", "--out", dir.resolve("keys").toString(), "--publisher", "acme").lastLine();
        key = dir.resolve("keys/acme.key");
    }

    @Test
    void writesASignatureFileThatTheHostAcceptsForThisJar() throws Exception {
        Path jar = TestPlugins.classifier(dir, "acme-badges", "1.2.0", "a");

        ToolRun run = ToolRun.of("sign", "--key", key.toString(), "--publisher", "acme", jar.toString());

        assertEquals(0, run.exitCode(), run.toString());
        String signature = Files.readString(dir.resolve("acme-badges-1.2.0.jar.sig")).trim();
        assertEquals(signature, run.lastLine());
        assertTrue(run.out().contains("Signed acme-badges 1.2.0 (sha256 " + Sha256.hex(jar) + ") as publisher acme"), run.out());
        PluginSignatures.verify(TrustedPublishers.parse(trustedEntry), "acme", signature, "acme-badges", "1.2.0", Sha256.hex(jar));
    }

    @Test
    void refusesAJarWithoutAPluginManifest() throws Exception {
        Path jar = TestPlugins.withoutManifest(dir);

        ToolRun run = ToolRun.of("sign", "--key", key.toString(), "--publisher", "acme", jar.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("plain.jar is not a usable plugin jar"), run.err());
        assertTrue(run.err().contains("plugin.manifest_missing"), run.err());
        assertFalse(Files.exists(dir.resolve("plain.jar.sig")));
    }

    @Test
    void namesAMissingJar() {
        ToolRun run = ToolRun.of("sign", "--key", key.toString(), "--publisher", "acme", dir.resolve("nope.jar").toString());

        assertEquals(2, run.exitCode());
        assertEquals("error: no plugin jar at " + dir.resolve("nope.jar"), run.err().strip());
    }

    @Test
    void namesAMissingKeyFile() throws Exception {
        Path jar = TestPlugins.classifier(dir, "acme-badges", "1.2.0", "a");

        ToolRun run = ToolRun.of("sign", "--key", dir.resolve("missing.key").toString(), "--publisher", "acme", jar.toString());

        assertEquals(2, run.exitCode());
        assertEquals("error: no key file at " + dir.resolve("missing.key"), run.err().strip());
    }

    @Test
    void refusesAFileThatIsNotAPrivateKey() throws Exception {
        Path jar = TestPlugins.classifier(dir, "acme-badges", "1.2.0", "a");
        Path garbage = Files.writeString(dir.resolve("garbage.key"), "not base64 at all!");

        ToolRun run = ToolRun.of("sign", "--key", garbage.toString(), "--publisher", "acme", jar.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("garbage.key is not an Ed25519 private key"), run.err());
    }

    @Test
    void pointsAtThePrivateKeyWhenGivenThePublicOne() throws Exception {
        Path jar = TestPlugins.classifier(dir, "acme-badges", "1.2.0", "a");

        ToolRun run = ToolRun.of("sign", "--key", dir.resolve("keys/acme.pub").toString(), "--publisher", "acme", jar.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("acme.pub holds a public key; sign with the private key file (.key)"), run.err());
    }

    @Test
    void refusesAKeyThatDoesNotMatchThePublishersPublicKeyBesideIt() throws Exception {
        Path jar = TestPlugins.classifier(dir, "acme-badges", "1.2.0", "a");
        ToolRun.of("keygen", "--out", dir.resolve("other").toString(), "--publisher", "acme");
        // acme.pub from the first pair beside acme.key from the second pair.
        Files.copy(dir.resolve("other/acme.key"), dir.resolve("keys/acme.key"), StandardCopyOption.REPLACE_EXISTING);

        ToolRun run = ToolRun.of("sign", "--key", key.toString(), "--publisher", "acme", jar.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not belong to publisher 'acme'"), run.err());
    }

    @Test
    void signsOneJarAtATime() throws Exception {
        Path first = TestPlugins.classifier(dir, "a-one", "1.0.0", "a");
        Path second = TestPlugins.classifier(dir, "a-two", "1.0.0", "a");

        ToolRun run = ToolRun.of("sign", "--key", key.toString(), "--publisher", "acme", first.toString(), second.toString());

        assertEquals(2, run.exitCode());
        assertEquals("error: sign: one plugin jar at a time (got 2)", run.err().strip());
    }
}
