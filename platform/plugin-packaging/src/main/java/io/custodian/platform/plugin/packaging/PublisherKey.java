package io.custodian.platform.plugin.packaging;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A trusted publisher and its Ed25519 public key.
 *
 * @param publisher the publisher id marketplace indexes name, for example {@code custodian}
 * @param key       the publisher's Ed25519 public key
 */
public record PublisherKey(String publisher, PublicKey key) {

    /** Refuses missing values. */
    public PublisherKey {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(key, "key");
    }
}
