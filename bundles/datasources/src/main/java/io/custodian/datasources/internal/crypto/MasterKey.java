package io.custodian.datasources.internal.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 master key and its id, the first 8 hex digits of the SHA-256 of the key: each ciphertext records the
 * id of the key that sealed it, so a rotation can tell old ciphertexts from new ones. {@link #toString()} shows
 * the id only.
 */
public final class MasterKey {

    /** 256 bits. */
    public static final int BYTES = 32;

    private final byte[] bytes;
    private final String id;

    private MasterKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a master key has " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
        this.id = fingerprint(bytes);
    }

    /** The key of these 32 bytes. */
    public static MasterKey of(byte[] bytes) {
        return new MasterKey(bytes);
    }

    /**
     * The key whose base64 text is {@code text} (surrounding white space ignored).
     *
     * @param where names the origin in the message of a failure, never the text itself
     * @throws IllegalArgumentException if the text is not the base64 of 32 bytes
     */
    public static MasterKey parse(String text, String where) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not base64 text");
        }
        if (decoded.length != BYTES) {
            throw new IllegalArgumentException(where + " must hold the base64 of " + BYTES + " bytes (an AES-256 key), not "
                    + decoded.length + " bytes");
        }
        MasterKey key = new MasterKey(decoded);
        Arrays.fill(decoded, (byte) 0);
        return key;
    }

    /** A new random key. */
    public static MasterKey generate(SecureRandom random) {
        byte[] fresh = new byte[BYTES];
        random.nextBytes(fresh);
        MasterKey key = new MasterKey(fresh);
        Arrays.fill(fresh, (byte) 0);
        return key;
    }

    /** First 8 hex digits of the SHA-256 of the key. */
    public String id() {
        return id;
    }

    /** The key for {@code javax.crypto}. */
    SecretKey secretKey() {
        return new SecretKeySpec(bytes, "AES");
    }

    /** The base64 text of the key, as the key file holds it. */
    String encoded() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id only. */
    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
