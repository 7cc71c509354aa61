package io.custodian.platform.plugins.internal.osgi;

import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.packaging.PluginManifestParser;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.plugin.api.PluginDescriptorFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import org.osgi.framework.Bundle;

/** The plugin manifest inside a bundle, {@code META-INF/custodian-plugin.json}. */
final class BundleManifests {

    /** The parser's own limit is 64 KiB; reading stops a little after it. */
    private static final int MAX_BYTES = 64 * 1024 + 1;

    private BundleManifests() {
    }

    /** Whether the bundle holds a plugin manifest at all. */
    static boolean isPlugin(Bundle bundle) {
        return bundle.getEntry(PluginDescriptorFormat.MANIFEST_PATH) != null;
    }

    /** The bundle's plugin manifest, or empty if it has none or it does not parse. */
    static Optional<PluginManifest> read(Bundle bundle) {
        URL entry = bundle.getEntry(PluginDescriptorFormat.MANIFEST_PATH);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = entry.openStream()) {
            return Optional.of(PluginManifestParser.parse(in.readNBytes(MAX_BYTES)));
        } catch (IOException | PluginRejectedException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
