package io.custodian.catalog.api;

import java.util.List;

/**
 * One page of assets in id order.
 *
 * @param items      the assets
 * @param nextCursor pass as {@link AssetQuery#after()} for the next page; {@code null} on the last page
 */
public record AssetPage(List<Asset> items, String nextCursor) {

    /** Copies the list. */
    public AssetPage {
        items = List.copyOf(items);
    }
}
