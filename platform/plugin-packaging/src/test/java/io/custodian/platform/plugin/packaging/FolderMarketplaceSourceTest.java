package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolderMarketplaceSourceTest {

    @TempDir
    Path temp;

    private Path market;
    private Path target;
    private MarketplaceVersion version;
    private FolderMarketplaceSource source;
    private final KeyPair key = PluginSignatures.generateKeyPair();

    @BeforeEach
    void publish() throws Exception {
        market = temp.resolve("market");
        target = temp.resolve("downloads");
        Files.createDirectories(market);
        Path jar = TestJars.plugin(temp, "acme-iban", "1.0.0").build();
        version = TestMarketplace.publish(market, jar, "plugins/acme-iban-1.0.0.jar", "1.0.0", key.getPrivate());
        TestMarketplace.writeIndex(market, TestMarketplace.plugin("acme-iban", version));
        source = new FolderMarketplaceSource(market);
    }

    @Test
    void readsTheIndexAtTheFolderRoot() throws Exception {
        MarketplaceIndex index = source.index();

        assertEquals("ACME marketplace", index.name());
        assertEquals(version, index.plugin("acme-iban").orElseThrow().version("1.0.0").orElseThrow());
        assertEquals(market.toAbsolutePath().normalize().toString(), source.location());
    }

    @Test
    void downloadCopiesTheJarIntoTheTargetFolder() throws Exception {
        Path downloaded = source.download(version, target, InspectionLimits.DEFAULT_MAX_JAR_BYTES);

        assertEquals(target.resolve("acme-iban-1.0.0.jar"), downloaded);
        assertArrayEquals(Files.readAllBytes(market.resolve(version.file())), Files.readAllBytes(downloaded));
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(List.of(downloaded), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingIndexIsNotFound() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> new FolderMarketplaceSource(temp.resolve("nowhere")).index());

        assertEquals(Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().endsWith("has no index.json."), e.getMessage());
    }

    @Test
    void aMalformedIndexIsInvalid() throws Exception {
        Files.writeString(market.resolve("index.json"), "{\"plugins\": 5}");
        assertEquals(Reason.INDEX_INVALID, assertThrows(PluginRejectedException.class, source::index).reason());
    }

    @Test
    void anOversizedIndexIsRefusedWithoutReadingItAll() throws Exception {
        Files.write(market.resolve("index.json"), new byte[MarketplaceIndexParser.MAX_INDEX_BYTES + 10]);
        PluginRejectedException e = assertThrows(PluginRejectedException.class, source::index);
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().endsWith("is larger than the limit of 8.0 MiB."), e.getMessage());
    }

    @Test
    void aMissingJarIsNotFound() {
        MarketplaceVersion ghost = withFile(version, "plugins/ghost-1.0.0.jar");

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> source.download(ghost, target, 1_000_000));

        assertEquals(Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().endsWith("has no file \"plugins/ghost-1.0.0.jar\"."), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.jar", "plugins/../../outside.jar", "/etc/passwd", "C:\\outside.jar", "plugins\\x.jar",
            "file:///etc/passwd"})
    void refusesFilesOutsideTheFolder(String file) throws Exception {
        Files.writeString(temp.resolve("outside.jar"), "secret");

        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source.download(withFile(version, file), target, 1_000_000));

        assertEquals(Reason.UNSAFE_ENTRY, e.reason());
        assertFalse(Files.exists(target.resolve("outside.jar")));
    }

    @Test
    void refusesASymbolicLinkLeadingOutOfTheFolder() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.jar"), "secret");
        Files.createSymbolicLink(market.resolve("plugins/link.jar"), secret);

        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> source.download(withFile(version, "plugins/link.jar"), target, 1_000_000));

        assertEquals(Reason.UNSAFE_ENTRY, e.reason());
        assertTrue(e.getMessage().contains("is a link to a place outside the marketplace folder"), e.getMessage());
    }

    @Test
    void followsASymbolicLinkThatStaysInsideTheFolder() throws Exception {
        Files.createSymbolicLink(market.resolve("plugins/latest.jar"), market.resolve(version.file()));

        Path downloaded = source.download(withFile(version, "plugins/latest.jar"), target, 1_000_000);

        assertArrayEquals(Files.readAllBytes(market.resolve(version.file())), Files.readAllBytes(downloaded));
    }

    @Test
    void refusesAJarLargerThanTheCapEvenIfTheIndexUnderstatesIt() throws Exception {
        MarketplaceVersion understated = new MarketplaceVersion(version.version(), version.file(), version.sha256(),
                version.signature(), version.scopes(), version.platformRange(), 10, version.publishedAt());

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> source.download(understated, target, 100));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertFalse(Files.exists(target.resolve("acme-iban-1.0.0.jar")));
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count(), "the partial download is deleted");
        }
    }

    @Test
    void refusesAJarTheIndexSaysIsTooLargeBeforeCopying() {
        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> source.download(version, target, 100));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertFalse(Files.exists(target));
    }

    static MarketplaceVersion withFile(MarketplaceVersion v, String file) {
        return new MarketplaceVersion(v.version(), file, v.sha256(), v.signature(), Set.copyOf(v.scopes()), v.platformRange(),
                v.size(), v.publishedAt());
    }
}
