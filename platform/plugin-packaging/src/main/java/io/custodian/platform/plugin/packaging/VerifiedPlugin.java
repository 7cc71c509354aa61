package io.custodian.platform.plugin.packaging;

/**
 * A plugin jar that passed every check of {@link PluginVerifier}.
 *
 * @param jar       the inspected jar, its manifest and extensions
 * @param publisher the trusted publisher that signed it, or {@code null} for an unsigned local jar
 * @param signed    true if a trusted publisher's signature was verified
 */
public record VerifiedPlugin(InspectedJar jar, String publisher, boolean signed) {
}
