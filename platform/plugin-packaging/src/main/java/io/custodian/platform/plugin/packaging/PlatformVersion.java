package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.SemanticVersions;
import io.custodian.platform.plugin.packaging.internal.Texts;

/**
 * This platform's version and the check of a plugin's platform range against it. Pre-release and build parts of
 * the platform version are ignored: {@code 0.1.0-SNAPSHOT} counts as {@code 0.1.0}.
 */
public final class PlatformVersion {

    /** The platform version plugins are checked against. */
    public static final String CURRENT = "0.1.0";

    private PlatformVersion() {
    }

    /**
     * True if {@code platformVersion} lies in the manifest's platform range.
     *
     * @throws IllegalArgumentException if {@code platformVersion} is not a semantic version
     */
    public static boolean supports(PluginManifest manifest, String platformVersion) {
        return supports(manifest.platformRange(), platformVersion);
    }

    /**
     * True if {@code platformVersion} lies in {@code platformRange} (for example a marketplace version's range).
     * A range that does not parse supports nothing.
     *
     * @throws IllegalArgumentException if {@code platformVersion} is not a semantic version
     */
    public static boolean supports(String platformRange, String platformVersion) {
        return SemanticVersions.satisfies(platformVersion, platformRange);
    }

    /**
     * Refuses a plugin whose platform range does not include {@code platformVersion}.
     *
     * @throws PluginRejectedException {@link Reason#PLATFORM_UNSUPPORTED}, naming the plugin's range and the platform version
     */
    public static void requireSupported(PluginManifest manifest, String platformVersion) throws PluginRejectedException {
        if (!supports(manifest, platformVersion)) {
            throw new PluginRejectedException(Reason.PLATFORM_UNSUPPORTED, "Plugin " + Texts.quote(manifest.id()) + " "
                    + manifest.version() + " supports platform versions " + Texts.quote(manifest.platformRange())
                    + ", but this platform is version " + platformVersion + ".");
        }
    }
}
