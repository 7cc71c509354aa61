package io.custodian.catalog.api;

/**
 * Filters and paging for {@link CatalogService#search}. Every filter is optional ({@code null}).
 *
 * @param sourceId       only assets of this source
 * @param type           only assets of this type
 * @param parentId       only direct children of this asset
 * @param nameContains   only assets whose qualified name contains this text (case-insensitive)
 * @param includeRemoved also tombstoned assets
 * @param after          the cursor from the previous page ({@link AssetPage#nextCursor()}), {@code null} for the first
 * @param limit          page size, 1..500
 */
public record AssetQuery(String sourceId, AssetType type, Long parentId, String nameContains, boolean includeRemoved,
                         String after, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 500;

    /** Rejects a limit outside 1..{@value #MAX_LIMIT}. */
    public AssetQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
