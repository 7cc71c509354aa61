package io.custodian.platform.plugin.packaging;

import java.util.List;
import java.util.Optional;

/**
 * A marketplace's {@code index.json}: the plugins it offers and their versions.
 *
 * @param name    the marketplace's display name; empty if the index has none
 * @param plugins the plugins, in index order
 */
public record MarketplaceIndex(String name, List<MarketplacePlugin> plugins) {

    /** Copies the plugin list, so an index never changes after it was read. */
    public MarketplaceIndex {
        name = name == null ? "" : name;
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** The plugin with id {@code id}, or empty. */
    public Optional<MarketplacePlugin> plugin(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
