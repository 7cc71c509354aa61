package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.internal.Sets;
import io.custodian.plugin.api.PluginKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin offered by a marketplace, with every version the index lists.
 *
 * @param id          the plugin id
 * @param name        the display name
 * @param description what the plugin does; empty if the index says nothing
 * @param vendor      who makes it; empty if the index names nobody
 * @param publisher   the publisher whose key signs its releases (see {@link TrustedPublishers})
 * @param kinds       the kinds of extension it contributes
 * @param versions    its versions, in index order
 */
public record MarketplacePlugin(String id, String name, String description, String vendor, String publisher,
                                Set<PluginKind> kinds, List<MarketplaceVersion> versions) {

    /** Copies the collections, so an index never changes after it was read. */
    public MarketplacePlugin {
        kinds = Sets.copyOf(PluginKind.class, kinds);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** The version numbered {@code version}, or empty. */
    public Optional<MarketplaceVersion> version(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /** The newest version by semantic-version precedence, or empty if none is listed. */
    public Optional<MarketplaceVersion> newest() {
        return versions.stream().filter(v -> PluginVersions.isValid(v.version()))
                .max((a, b) -> PluginVersions.compare(a.version(), b.version()));
    }

    /**
     * The newest version whose platform range includes {@code platformVersion}, or empty.
     *
     * @throws IllegalArgumentException if {@code platformVersion} is not a semantic version
     */
    public Optional<MarketplaceVersion> newestSupported(String platformVersion) {
        return versions.stream()
                .filter(v -> PluginVersions.isValid(v.version()))
                .filter(v -> PlatformVersion.supports(v.platformRange(), platformVersion))
                .max((a, b) -> PluginVersions.compare(a.version(), b.version()));
    }
}
