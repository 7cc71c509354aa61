package io.custodian.platform.plugin.packaging;

import io.custodian.plugin.api.PluginKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds plugins in a marketplace index by text and kind. */
public final class MarketplaceSearch {

    private MarketplaceSearch() {
    }

    /**
     * The plugins whose id, name, description or vendor contains {@code text} (ignoring case) and that contribute
     * {@code kind}, sorted by id.
     *
     * @param text words to look for, or {@code null}/blank for every plugin
     * @param kind the kind to keep, or {@code null} for every kind
     */
    public static List<MarketplacePlugin> search(MarketplaceIndex index, String text, PluginKind kind) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return index.plugins().stream()
                .filter(plugin -> kind == null || plugin.kinds().contains(kind))
                .filter(plugin -> needle.isEmpty() || matches(plugin, needle))
                .sorted(Comparator.comparing(MarketplacePlugin::id))
                .toList();
    }

    private static boolean matches(MarketplacePlugin plugin, String needle) {
        return Stream.of(plugin.id(), plugin.name(), plugin.description(), plugin.vendor())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(needle));
    }
}
