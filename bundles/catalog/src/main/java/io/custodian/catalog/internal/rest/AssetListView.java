package io.custodian.catalog.internal.rest;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetPage;
import java.util.List;

/**
 * Answer of the asset listings ({@code GET /catalog/assets} and {@code GET /catalog/assets/{id}/children}).
 *
 * @param items the assets, in id order
 * @param next  pass as {@code after} for the next page; null on the last page
 */
public record AssetListView(List<Asset> items, String next) {

    static AssetListView of(AssetPage page) {
        return new AssetListView(page.items(), page.nextCursor());
    }
}
