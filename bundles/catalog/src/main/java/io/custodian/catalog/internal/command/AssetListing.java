package io.custodian.catalog.internal.command;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetPage;
import io.custodian.catalog.api.AssetQuery;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.CatalogService;

/** The text {@code custodian:catalog-assets} prints: one line per asset, pages fetched until the limit. */
final class AssetListing {

    static final int DEFAULT_LIMIT = 100;
    private static final String ROW = "%-9s %-10s %s%s%n";

    private final CatalogService catalog;

    AssetListing(CatalogService catalog) {
        this.catalog = catalog;
    }

    String list(String sourceId, AssetType type, boolean includeRemoved, int limit) {
        StringBuilder out = new StringBuilder();
        int listed = 0;
        String after = null;
        boolean more = true;
        while (more && listed < limit) {
            int pageSize = Math.min(limit - listed, AssetQuery.MAX_LIMIT);
            AssetPage page = catalog.search(new AssetQuery(sourceId, type, null, null, includeRemoved, after,
                    pageSize));
            if (listed == 0 && !page.items().isEmpty()) {
                out.append(String.format(ROW, "TYPE", "ID", "QUALIFIED NAME", ""));
            }
            for (Asset asset : page.items()) {
                out.append(String.format(ROW, asset.type(), asset.id(), asset.qualifiedName(),
                        asset.removed() ? "  (removed " + asset.removedAt() + ")" : ""));
            }
            listed += page.items().size();
            after = page.nextCursor();
            more = after != null;
        }
        if (listed == 0) {
            return "No assets found\n";
        }
        if (more) {
            out.append("(first ").append(listed).append(" shown; raise --limit for more)\n");
        }
        return out.toString();
    }
}
