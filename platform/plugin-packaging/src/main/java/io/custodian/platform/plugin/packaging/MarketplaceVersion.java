package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.internal.Sets;
import io.custodian.plugin.api.Scope;
import java.time.Instant;
import java.util.Set;

/**
 * One released version of a plugin in a marketplace index.
 *
 * @param version       the plugin version
 * @param file          the jar, relative to the index (inside the folder, or under the index URL's directory)
 * @param sha256        the jar's SHA-256, lower-case hex
 * @param signature     the publisher's Ed25519 signature (standard base64), or {@code null} if unsigned
 * @param scopes        the scopes the plugin asks for, as its manifest lists them
 * @param platformRange the platform versions it supports, as a java-semver range
 * @param size          the jar's size in bytes
 * @param publishedAt   when it was published, or {@code null} if the index does not say
 */
public record MarketplaceVersion(String version, String file, String sha256, String signature, Set<Scope> scopes,
                                 String platformRange, long size, Instant publishedAt) {

    /** Copies the scopes, so an index never changes after it was read. */
    public MarketplaceVersion {
        scopes = Sets.copyOf(Scope.class, scopes);
    }
}
