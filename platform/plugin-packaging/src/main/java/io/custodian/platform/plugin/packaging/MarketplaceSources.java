package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Turns a configured marketplace location into a {@link MarketplaceSource}. */
public final class MarketplaceSources {

    /** The file name of a marketplace index. */
    public static final String INDEX_FILE = "index.json";
    /** How long an HTTP marketplace may take to connect, answer, or pause while sending. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private MarketplaceSources() {
    }

    /** {@link #of(String, Duration)} with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
    public static MarketplaceSource of(String location) {
        return of(location, DEFAULT_TIMEOUT);
    }

    /**
     * The source for {@code location}: a folder path or {@code file:} URI gives a {@link FolderMarketplaceSource};
     * an {@code http:} or {@code https:} URL gives an {@link HttpMarketplaceSource} reading {@code index.json} in that
     * directory (or the URL itself if it ends in {@code .json}).
     *
     * @throws IllegalArgumentException if the location is blank, malformed or uses another scheme
     */
    public static MarketplaceSource of(String location, Duration timeout) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("A marketplace location must be a folder or an http(s) URL, but it is empty.");
        }
        String trimmed = location.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new HttpMarketplaceSource(indexUri(trimmed), timeout);
        }
        try {
            if (lower.startsWith("file:")) {
                return new FolderMarketplaceSource(Path.of(new URI(trimmed)));
            }
            if (lower.matches("[a-z][a-z0-9+.-]+:.*")) {
                throw new IllegalArgumentException("The marketplace location " + Texts.quote(trimmed)
                        + " uses an unsupported scheme; use a folder, a file: URI or an http(s) URL.");
            }
            return new FolderMarketplaceSource(Path.of(trimmed));
        } catch (URISyntaxException | InvalidPathException e) {
            throw new IllegalArgumentException("The marketplace location " + Texts.quote(trimmed) + " is not a valid folder.", e);
        }
    }

    private static URI indexUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The marketplace URL " + Texts.quote(url) + " is malformed.", e);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return uri;
        }
        String directory = path.endsWith("/") ? path : path + "/";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + directory + INDEX_FILE);
    }
}
