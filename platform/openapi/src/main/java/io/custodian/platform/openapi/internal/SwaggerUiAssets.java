package io.custodian.platform.openapi.internal;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The Swagger UI files this bundle serves, from its {@code swagger-ui/} folder. Only the names in
 * a fixed list are served, so a request can never reach any other resource of the bundle
 * ({@code ..}, encoded slashes and the like are simply not on the list).
 */
final class SwaggerUiAssets {

    /** The page that loads the UI; served at {@code /docs}. */
    static final String PAGE = "index.html";

    private static final String FOLDER = "swagger-ui/";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            PAGE, "text/html; charset=utf-8",
            "custodian-init.js", "text/javascript; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    /**
     * A servable file.
     *
     * @param name        file name as requested
     * @param contentType the Content-Type to answer with
     * @param content     the bytes; the caller closes the stream
     */
    record Asset(String name, String contentType, InputStream content) {
    }

    private final ClassLoader loader;

    SwaggerUiAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /** The whitelisted asset called {@code name}, or empty for any other name. */
    Optional<Asset> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String contentType = CONTENT_TYPES.get(name);
        if (contentType == null) {
            return Optional.empty();
        }
        InputStream content = loader.getResourceAsStream(FOLDER + name);
        return content == null ? Optional.empty() : Optional.of(new Asset(name, contentType, content));
    }
}
