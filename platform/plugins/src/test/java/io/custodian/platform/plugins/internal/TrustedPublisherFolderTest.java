package io.custodian.platform.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedPublisherFolderTest {

    @TempDir
    Path folder;

    @Test
    void keyFilesAddTheirPublishersToTheConfiguredOnesAndCountAtOnce() throws Exception {
        KeyPair configured = PluginSignatures.generateKeyPair();
        TrustedPublishers fromConfig = TrustedPublishers.parse("acme=" + PluginSignatures.encodePublic(configured.getPublic()));
        TrustedPublisherFolder keys = TrustedPublisherFolder.at(folder);
        assertEquals(Set.of("acme"), keys.with(fromConfig).publishers());

        KeyPair partner = PluginSignatures.generateKeyPair();
        Files.writeString(folder.resolve("partner.pub"), PluginSignatures.encodePublic(partner.getPublic()) + "\n");
        TrustedPublishers merged = keys.with(fromConfig);
        assertEquals(Set.of("acme", "partner"), merged.publishers());
        assertEquals(partner.getPublic(), merged.key("partner").orElseThrow());
    }

    @Test
    void malformedFilesAndOtherFilesAreSkipped() throws Exception {
        Files.writeString(folder.resolve("broken.pub"), "not a key");
        Files.writeString(folder.resolve("bad name!.pub"), PluginSignatures.encodePublic(PluginSignatures.generateKeyPair().getPublic()));
        Files.writeString(folder.resolve("readme.txt"), "keys go in *.pub files");
        assertTrue(TrustedPublisherFolder.at(folder).with(TrustedPublishers.none()).publishers().isEmpty());
    }

    @Test
    void aMissingFolderTrustsNobodyExtra() {
        assertTrue(TrustedPublisherFolder.at(folder.resolve("absent")).with(TrustedPublishers.none()).publishers().isEmpty());
        assertTrue(TrustedPublisherFolder.none().with(TrustedPublishers.none()).publishers().isEmpty());
    }
}
