package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketplaceSourcesTest {

    @TempDir
    Path dir;

    @Test
    void pathsAndFileUrisAreFolders() {
        MarketplaceSource path = MarketplaceSources.of(dir.toString());
        MarketplaceSource uri = MarketplaceSources.of(dir.toUri().toString());

        assertInstanceOf(FolderMarketplaceSource.class, path);
        assertInstanceOf(FolderMarketplaceSource.class, uri);
        assertEquals(path.location(), uri.location());
        assertInstanceOf(FolderMarketplaceSource.class, MarketplaceSources.of("relative/market"));
    }

    @Test
    void httpUrlsReadIndexJsonInTheirDirectory() {
        assertEquals("https://plugins.example/market/index.json", MarketplaceSources.of("https://plugins.example/market").location());
        assertEquals("https://plugins.example/market/index.json", MarketplaceSources.of("https://plugins.example/market/").location());
        assertEquals("http://plugins.example/index.json", MarketplaceSources.of("http://plugins.example").location());
        assertEquals("https://plugins.example/v2/catalog.json", MarketplaceSources.of("https://plugins.example/v2/catalog.json").location());
        assertInstanceOf(HttpMarketplaceSource.class, MarketplaceSources.of("http://127.0.0.1:9/x/"));
    }

    @Test
    void refusesBlankLocationsAndOtherSchemes() {
        assertThrows(IllegalArgumentException.class, () -> MarketplaceSources.of(null));
        assertThrows(IllegalArgumentException.class, () -> MarketplaceSources.of(" "));
        IllegalArgumentException ftp = assertThrows(IllegalArgumentException.class, () -> MarketplaceSources.of("ftp://host/market"));
        assertEquals("The marketplace location \"ftp://host/market\" uses an unsupported scheme; use a folder, a file: URI or an"
                + " http(s) URL.", ftp.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MarketplaceSources.of("https://"));
    }
}
