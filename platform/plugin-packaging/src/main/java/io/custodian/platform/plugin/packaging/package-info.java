/**
 * What a plugin jar and a marketplace are made of, and the checks a jar passes before the platform trusts it.
 *
 * <ul>
 *   <li>{@link io.custodian.platform.plugin.packaging.PluginManifestParser} reads {@code META-INF/custodian-plugin.json};
 *   <li>{@link io.custodian.platform.plugin.packaging.PluginJarInspector} checks a jar's size, entries (zip-slip,
 *       zip bombs), manifest and {@code META-INF/services} files;
 *   <li>{@link io.custodian.platform.plugin.packaging.PluginSignatures} signs and verifies with Ed25519 against
 *       {@link io.custodian.platform.plugin.packaging.TrustedPublishers};
 *   <li>{@link io.custodian.platform.plugin.packaging.MarketplaceIndexParser} and the
 *       {@link io.custodian.platform.plugin.packaging.MarketplaceSource}s read marketplaces from a folder or a URL;
 *   <li>{@link io.custodian.platform.plugin.packaging.PluginVerifier} runs every check in order for a marketplace
 *       download, an upload or a jar dropped in {@code deploy/}.
 * </ul>
 * Every refusal is a {@link io.custodian.platform.plugin.packaging.PluginRejectedException} whose message is a
 * sentence naming the field or file, and whose reason has a stable code such as {@code plugin.signature_invalid}.
 * Pure Java: no OSGi API, so the same code runs in the plugin host and in a plain JVM.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.plugin.packaging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
