package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.SemanticVersions;
import io.custodian.platform.plugin.packaging.internal.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Runs every check a plugin jar must pass before the platform installs it, for the three ways a jar arrives:
 * from a marketplace, as an administrator's upload, or dropped in the {@code deploy/} folder. The first failing
 * check refuses the jar with its own {@link Reason}.
 */
public final class PluginVerifier {

    private final TrustedPublishers trusted;
    private final InspectionLimits limits;
    private final String platformVersion;
    private final PluginJarInspector inspector;

    /**
     * @param trusted         the publishers whose signatures are accepted
     * @param limits          how large a jar may be
     * @param platformVersion the version plugin platform ranges are checked against, usually {@link PlatformVersion#CURRENT}
     * @throws IllegalArgumentException if {@code platformVersion} is not a semantic version
     */
    public PluginVerifier(TrustedPublishers trusted, InspectionLimits limits, String platformVersion) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (!SemanticVersions.isVersion(platformVersion)) {
            throw new IllegalArgumentException("The platform version " + Texts.quote(platformVersion) + " is not a semantic version.");
        }
        this.platformVersion = platformVersion;
        this.inspector = new PluginJarInspector(limits);
    }

    /**
     * Verifies a jar downloaded from a marketplace, in this order: size limit, SHA-256 against the index, signature
     * present, publisher trusted, signature valid, jar inspection, manifest id/version/scopes equal to the index
     * entry, platform range.
     */
    public VerifiedPlugin verifyFromMarketplace(Path jar, MarketplacePlugin plugin, MarketplaceVersion version)
            throws PluginRejectedException {
        checkSize(jar);
        String sha256 = sha256(jar);
        if (!sha256.equalsIgnoreCase(version.sha256())) {
            throw new PluginRejectedException(Reason.CHECKSUM_MISMATCH, "The downloaded file " + version.file() + " of plugin "
                    + Texts.quote(plugin.id()) + " " + version.version() + " has SHA-256 " + sha256 + ", but the marketplace index lists "
                    + Texts.quote(version.sha256()) + "; the file was changed or damaged.");
        }
        PluginSignatures.verify(trusted, plugin.publisher(), version.signature(), plugin.id(), version.version(), sha256);
        InspectedJar inspected = inspector.inspect(jar);
        requireSameRelease(inspected.manifest(), plugin, version);
        PlatformVersion.requireSupported(inspected.manifest(), platformVersion);
        return new VerifiedPlugin(inspected, plugin.publisher(), true);
    }

    /**
     * Verifies an administrator's upload: size limit, signature present, publisher trusted, jar inspection (which
     * yields the id and version the signature covers), signature valid over the jar's own SHA-256, platform range.
     */
    public VerifiedPlugin verifyUpload(Path jar, String publisher, String signatureB64) throws PluginRejectedException {
        checkSize(jar);
        String upload = "uploaded plugin file " + Texts.quote(String.valueOf(jar.getFileName()));
        PluginSignatures.requirePresent(signatureB64, upload);
        // Checked before inspection: an unknown publisher costs no unzipping.
        PluginSignatures.requireTrusted(trusted, publisher, upload);
        InspectedJar inspected = inspector.inspect(jar);
        PluginManifest manifest = inspected.manifest();
        PluginSignatures.verify(trusted, publisher, signatureB64, manifest.id(), manifest.version(), inspected.sha256());
        PlatformVersion.requireSupported(manifest, platformVersion);
        return new VerifiedPlugin(inspected, publisher, true);
    }

    /** Verifies an unsigned jar dropped in the {@code deploy/} folder: jar inspection and platform range only. */
    public VerifiedPlugin verifyLocal(Path jar) throws PluginRejectedException {
        InspectedJar inspected = inspector.inspect(jar);
        PlatformVersion.requireSupported(inspected.manifest(), platformVersion);
        return new VerifiedPlugin(inspected, null, false);
    }

    private void checkSize(Path jar) throws PluginRejectedException {
        long size;
        try {
            size = Files.size(jar);
        } catch (IOException e) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The plugin file " + jar.getFileName() + " cannot be read.", e);
        }
        if (size > limits.maxJarBytes()) {
            throw new PluginRejectedException(Reason.TOO_LARGE, "The plugin file " + Texts.quote(String.valueOf(jar.getFileName()))
                    + " " + Texts.sizeAgainstLimit(size, limits.maxJarBytes()) + ".");
        }
    }

    private static String sha256(Path jar) throws PluginRejectedException {
        try {
            return Sha256.hex(jar);
        } catch (UncheckedIOException e) {
            throw new PluginRejectedException(Reason.NOT_FOUND, "The plugin file " + jar.getFileName() + " cannot be read.", e);
        }
    }

    private static void requireSameRelease(PluginManifest manifest, MarketplacePlugin plugin, MarketplaceVersion version)
            throws PluginRejectedException {
        if (!manifest.id().equals(plugin.id()) || !manifest.version().equals(version.version())) {
            throw new PluginRejectedException(Reason.MISMATCH, "The marketplace lists this file as plugin " + Texts.quote(plugin.id())
                    + " " + version.version() + ", but the jar's manifest says " + Texts.quote(manifest.id()) + " "
                    + Texts.quote(manifest.version()) + ".");
        }
        if (!manifest.scopes().equals(version.scopes())) {
            // Administrators grant scopes after reading them in the index; the signed jar's manifest must agree.
            throw new PluginRejectedException(Reason.MISMATCH, "The marketplace lists plugin " + Texts.quote(plugin.id()) + " "
                    + version.version() + " with the scopes " + version.scopes() + ", but the jar's manifest asks for "
                    + manifest.scopes() + ".");
        }
    }
}
