package io.custodian.plugin.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    @TempDir
    Path dir;

    private Path market;
    private String trusted;

    @BeforeEach
    void publishTwoVersions() throws Exception {
        trusted = ToolRun.of("keygen", "--out", dir.resolve("keys").toString(), "--publisher", "acme").lastLine();
        market = dir.resolve("market");
        ToolRun indexed = ToolRun.of("index", "--dir", market.toString(), "--key", dir.resolve("keys/acme.key").toString(),
                "--publisher", "acme", TestPlugins.classifier(dir, "acme-badges", "1.0.0", "a").toString(),
                TestPlugins.classifier(dir, "acme-badges", "1.1.0", "b").toString());
        assertEquals(0, indexed.exitCode(), indexed.toString());
    }

    @Test
    void passesEveryEntryOfAFolderSignedByATrustedPublisher() {
        ToolRun run = ToolRun.of("verify", "--trusted", trusted, "--dir", market.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("OK       acme-badges 1.1.0 (acme-badges-1.1.0.jar, publisher acme)"), run.out());
        assertTrue(run.out().contains("OK       acme-badges 1.0.0"), run.out());
        assertEquals("2 of 2 versions verified for platform 0.1.0, 0 refused", run.lastLine());
    }

    @Test
    void refusesAJarChangedAfterSigning() throws Exception {
        Files.write(market.resolve("acme-badges-1.0.0.jar"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

        ToolRun run = ToolRun.of("verify", "--trusted", trusted, "--dir", market.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("REFUSED  acme-badges 1.0.0:"), run.out());
        assertTrue(run.out().contains("[plugin.checksum_mismatch]"), run.out());
        assertTrue(run.out().contains("OK       acme-badges 1.1.0"), run.out());
        assertEquals("1 of 2 versions verified for platform 0.1.0, 1 refused", run.lastLine());
    }

    @Test
    void refusesEntriesOfAPublisherThatIsNotTrusted() {
        String stranger = ToolRun.of("keygen", "--out", dir.resolve("other").toString(), "--publisher", "other").lastLine();

        ToolRun run = ToolRun.of("verify", "--trusted", stranger, "--dir", market.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("[plugin.publisher_untrusted]"), run.out());
    }

    @Test
    void refusesASignatureMadeWithAnotherKeyUnderTheSameName() {
        String impostor = ToolRun.of("keygen", "--out", dir.resolve("other").toString(), "--publisher", "acme").lastLine();

        ToolRun run = ToolRun.of("verify", "--trusted", impostor, "--dir", market.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("[plugin.signature_invalid]"), run.out());
    }

    @Test
    void checksThePlatformRangeOfTheVersionAsked() {
        ToolRun run = ToolRun.of("verify", "--trusted", trusted, "--dir", market.toString(), "--platform", "1.0.0");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("[plugin.platform_unsupported]"), run.out());
    }

    @Test
    void explainsAMalformedTrustedEntry() {
        ToolRun run = ToolRun.of("verify", "--trusted", "acme", "--dir", market.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--trusted expects <name>=<public key>"), run.err());
    }

    @Test
    void namesAFolderWithoutAnIndex() {
        ToolRun run = ToolRun.of("verify", "--trusted", trusted, "--dir", dir.resolve("keys").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no index.json; create it with the index command"), run.err());
    }
}
