package io.custodian.datasources.internal.store;

import io.custodian.datasources.internal.crypto.SealedSecret;
import io.custodian.datasources.internal.secrets.SecretReference;
import java.util.Objects;

/**
 * One secret setting as stored: a ciphertext, or a reference. Never the value.
 *
 * @param name      the setting's name
 * @param sealed    the ciphertext, or {@code null} for a reference
 * @param reference the reference, or {@code null} for a ciphertext
 */
public record StoredSecret(String name, SealedSecret sealed, SecretReference reference) {

    /** Exactly one of ciphertext and reference. */
    public StoredSecret {
        Objects.requireNonNull(name, "name");
        if ((sealed == null) == (reference == null)) {
            throw new IllegalArgumentException("a stored secret is either encrypted or a reference");
        }
    }

    /** An encrypted secret. */
    public static StoredSecret sealed(String name, SealedSecret sealed) {
        return new StoredSecret(name, Objects.requireNonNull(sealed, "sealed"), null);
    }

    /** A referenced secret. */
    public static StoredSecret referenced(String name, SecretReference reference) {
        return new StoredSecret(name, null, Objects.requireNonNull(reference, "reference"));
    }

    /** Whether the value is encrypted here rather than referenced. */
    public boolean encrypted() {
        return sealed != null;
    }
}
