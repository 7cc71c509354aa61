package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugin.packaging.PluginManifestParser;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.plugin.api.PluginDescriptorFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The plugin id a jar claims, read before it is verified, only so that a refusal can name the
 * plugin in the audit trail. Nothing else trusts it.
 */
public final class ManifestPeek {

    private ManifestPeek() {
    }

    /** The id in the jar's manifest, or empty if there is none that parses. */
    public static Optional<String> id(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(PluginDescriptorFormat.MANIFEST_PATH);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(PluginManifestParser.parse(in.readNBytes(PluginManifestParser.MAX_MANIFEST_BYTES + 1))
                        .id());
            }
        } catch (IOException | PluginRejectedException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
