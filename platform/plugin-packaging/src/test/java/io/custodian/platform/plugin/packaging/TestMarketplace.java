package io.custodian.platform.plugin.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes a signed marketplace (jars and index.json) into a folder, the way the publishing tools would. */
final class TestMarketplace {

    static final String PUBLISHER = "acme";

    private TestMarketplace() {
    }

    /** The index entry for {@code jar}, signed with {@code key} unless it is null; the jar moves to {@code folder/file}. */
    static MarketplaceVersion publish(Path folder, Path jar, String file, String version, PrivateKey key) throws IOException {
        Path target = folder.resolve(file);
        Files.createDirectories(target.getParent());
        Files.move(jar, target);
        String sha = Sha256.hex(target);
        String id = jar.getFileName().toString().replace("-" + version + ".jar", "");
        String signature = key == null ? null : PluginSignatures.sign(key, id, version, sha);
        return new MarketplaceVersion(version, file, sha, signature, Set.of(io.custodian.plugin.api.Scope.SAMPLES_READ),
                ">=0.1.0 & <1.0.0", Files.size(target), Instant.parse("2026-11-22T00:00:00Z"));
    }

    static MarketplacePlugin plugin(String id, MarketplaceVersion... versions) {
        return new MarketplacePlugin(id, "ACME IBAN classifier", "Finds IBANs by checksum.", "ACME Corp", PUBLISHER,
                Set.of(io.custodian.plugin.api.PluginKind.CLASSIFIER), new ArrayList<>(List.of(versions)));
    }

    static MarketplaceIndex writeIndex(Path folder, MarketplacePlugin... plugins) throws IOException {
        MarketplaceIndex index = new MarketplaceIndex("ACME marketplace", List.of(plugins));
        Files.createDirectories(folder);
        Files.write(folder.resolve(MarketplaceSources.INDEX_FILE), MarketplaceIndexWriter.write(index));
        return index;
    }
}
