package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.internal.Sets;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.util.Set;

/**
 * A plugin's manifest, {@code META-INF/custodian-plugin.json}, as read by {@link PluginManifestParser}.
 *
 * @param id            the plugin id, {@code [a-z0-9][a-z0-9.-]{1,63}}
 * @param name          the display name
 * @param version       the plugin's semantic version
 * @param vendor        who makes the plugin; empty if the manifest names nobody
 * @param description   what the plugin does; empty if the manifest says nothing
 * @param kinds         the kinds of extension the jar holds, never empty
 * @param platformRange the platform versions the plugin supports, as a java-semver range ({@code >=0.1.0 & <1.0.0})
 * @param scopes        the scopes the plugin asks an administrator to grant
 * @param configSchema  the JSON Schema of the plugin's settings, as compact JSON text
 */
public record PluginManifest(String id, String name, String version, String vendor, String description,
                             Set<PluginKind> kinds, String platformRange, Set<Scope> scopes, String configSchema) {

    /** Copies the sets, so a manifest never changes after it was read. */
    public PluginManifest {
        kinds = Sets.copyOf(PluginKind.class, kinds);
        scopes = Sets.copyOf(Scope.class, scopes);
    }
}
