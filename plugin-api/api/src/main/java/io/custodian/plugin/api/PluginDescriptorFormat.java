package io.custodian.plugin.api;

/**
 * Where a plugin jar keeps its manifest and what the manifest holds. The manifest is JSON:
 * <pre>{@code
 * {
 *   "id": "acme-iban",                      // [a-z0-9][a-z0-9.-]{1,63}, unique in a marketplace
 *   "name": "ACME IBAN classifier",
 *   "version": "1.2.0",                     // semantic version
 *   "vendor": "ACME Corp",
 *   "description": "Finds IBANs by checksum.",
 *   "kinds": ["classifier"],                // connector, classifier, visualization
 *   "platform": ">=0.1.0 & <1.0.0",         // platform versions the plugin supports (java-semver range)
 *   "scopes": ["samples.read"],             // see Scope
 *   "configSchema": { "type": "object", "properties": { } }
 * }
 * }</pre>
 * The host refuses a jar whose manifest is missing, malformed, oversized or outside the platform range,
 * with a reason naming the field.
 */
public final class PluginDescriptorFormat {

    /** Path of the manifest inside the plugin jar. */
    public static final String MANIFEST_PATH = "META-INF/custodian-plugin.json";

    private PluginDescriptorFormat() {
    }
}
