package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.Downloads;
import io.custodian.platform.plugin.packaging.internal.HttpFetcher;
import io.custodian.platform.plugin.packaging.internal.RelativeFileNames;
import io.custodian.platform.plugin.packaging.internal.Texts;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A marketplace served over HTTP(S): the index at {@code indexUri}, jars at paths relative to the index's
 * directory. A {@code file} that is an absolute URL or climbs out of that directory is refused; redirects are
 * followed only within the same host. {@code timeout} bounds connecting, waiting for an answer and every pause
 * while a body arrives; downloads are counted as they stream and stopped at their size limit.
 */
public final class HttpMarketplaceSource implements MarketplaceSource {

    private final URI indexUri;
    private final URI base;
    private final HttpFetcher fetcher;

    /**
     * @param indexUri the {@code http:} or {@code https:} URL of {@code index.json}
     * @param timeout  the connect, answer and idle timeout
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL with a host, or the timeout is not positive
     */
    public HttpMarketplaceSource(URI indexUri, Duration timeout) {
        Objects.requireNonNull(indexUri, "indexUri");
        String scheme = indexUri.getScheme() == null ? "" : indexUri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || indexUri.getHost() == null) {
            throw new IllegalArgumentException("A marketplace URL must be an absolute http or https URL with a host, but it is "
                    + Texts.quote(indexUri.toString()) + ".");
        }
        this.indexUri = indexUri;
        this.base = indexUri.resolve(".");
        this.fetcher = new HttpFetcher(timeout);
    }

    @Override
    public String location() {
        return indexUri.toString();
    }

    @Override
    public MarketplaceIndex index() throws PluginRejectedException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        fetcher.fetch(indexUri, MarketplaceIndexParser.MAX_INDEX_BYTES, json, "the marketplace index " + indexUri);
        return MarketplaceIndexParser.parse(json.toByteArray());
    }

    @Override
    public Path download(MarketplaceVersion version, Path targetDir, long maxBytes) throws PluginRejectedException {
        URI file = resolveUnderBase(version.file());
        String what = "the plugin file " + file;
        if (version.size() > maxBytes) {
            throw Downloads.tooLarge(what, maxBytes);
        }
        return Downloads.save(targetDir, RelativeFileNames.lastSegment(version.file()), what, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                fetcher.fetch(file, maxBytes, out, what);
            }
        });
    }

    /** The URL of {@code file} under the index's directory, after checking it stays there. */
    private URI resolveUnderBase(String file) throws PluginRejectedException {
        Optional<String> problem = RelativeFileNames.problem(file);
        if (problem.isPresent()) {
            throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The marketplace file " + Texts.quote(file)
                    + " is refused: " + problem.get() + ".");
        }
        URI resolved = base.resolve(file);
        boolean sameOrigin = Objects.equals(resolved.getScheme(), base.getScheme())
                && Objects.equals(resolved.getRawAuthority(), base.getRawAuthority());
        if (!sameOrigin || resolved.getRawPath() == null || !resolved.getRawPath().startsWith(base.getRawPath())) {
            throw new PluginRejectedException(Reason.UNSAFE_ENTRY, "The marketplace file " + Texts.quote(file)
                    + " lies outside " + base + ".");
        }
        return resolved;
    }

    @Override
    public String toString() {
        return "HttpMarketplaceSource[" + indexUri + "]";
    }
}
