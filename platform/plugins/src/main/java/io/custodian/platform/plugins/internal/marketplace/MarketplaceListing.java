package io.custodian.platform.plugins.internal.marketplace;

import java.util.List;

/**
 * What {@code GET /marketplace/plugins} answers: the matching plugins of every configured
 * marketplace, and how each marketplace answered (one that is down does not hide the others).
 */
public record MarketplaceListing(List<MarketplaceEntry> plugins, List<SourceStatus> sources) {

    /**
     * One configured marketplace.
     *
     * @param name      the index's name, null if it could not be read
     * @param available whether its index was read
     * @param code      the refusal code if not, for example {@code plugin.download_failed}
     * @param error     the refusal sentence if not
     */
    public record SourceStatus(String location, String name, boolean available, String code, String error) {
    }
}
