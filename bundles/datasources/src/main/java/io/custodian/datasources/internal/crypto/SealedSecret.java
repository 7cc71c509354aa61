package io.custodian.datasources.internal.crypto;

/**
 * An AES-GCM ciphertext as stored.
 *
 * @param ciphertext base64 of the ciphertext with its 128-bit tag
 * @param iv         base64 of the 12-byte IV
 * @param keyId      the id of the master key that sealed it
 */
public record SealedSecret(String ciphertext, String iv, String keyId) {

    /** Shows the key id only. */
    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + "]";
    }
}
