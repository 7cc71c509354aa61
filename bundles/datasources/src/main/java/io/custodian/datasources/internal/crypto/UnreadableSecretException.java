package io.custodian.datasources.internal.crypto;

/**
 * A stored ciphertext cannot be opened: its key is not loaded, or it was altered or moved to another row (the
 * authentication tag does not match). The message names the secret and key id, never any secret material.
 */
public class UnreadableSecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableSecretException(String message) {
        super(message);
    }
}
