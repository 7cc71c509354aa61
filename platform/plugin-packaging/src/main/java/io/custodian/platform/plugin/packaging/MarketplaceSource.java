package io.custodian.platform.plugin.packaging;

import java.nio.file.Path;

/**
 * Where a marketplace lives: a folder ({@link FolderMarketplaceSource}) or an HTTP(S) URL
 * ({@link HttpMarketplaceSource}), each holding an {@code index.json} and the jars it lists.
 * {@link MarketplaceSources#of(String)} picks the implementation for a configured location.
 */
public interface MarketplaceSource {

    /** The configured location, for messages and for the {@code source} recorded with an installation. */
    String location();

    /**
     * Reads and checks the marketplace's {@code index.json}.
     *
     * @throws PluginRejectedException {@link PluginRejectedException.Reason#NOT_FOUND} without an index,
     *                                 {@link PluginRejectedException.Reason#DOWNLOAD_FAILED} if it cannot be fetched,
     *                                 {@link PluginRejectedException.Reason#TOO_LARGE} over 8 MiB,
     *                                 {@link PluginRejectedException.Reason#INDEX_INVALID} if malformed
     */
    MarketplaceIndex index() throws PluginRejectedException;

    /**
     * Copies a version's jar into {@code targetDir} (created if missing), never reading more than
     * {@code maxBytes}. The file is not verified: hand it to {@link PluginVerifier#verifyFromMarketplace}.
     *
     * @return the downloaded file inside {@code targetDir}, named like the last segment of {@code version.file()}
     * @throws PluginRejectedException if the file escapes the marketplace, does not exist, is larger than
     *                                 {@code maxBytes}, or cannot be fetched
     */
    Path download(MarketplaceVersion version, Path targetDir, long maxBytes) throws PluginRejectedException;
}
