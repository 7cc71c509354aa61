package io.custodian.platform.apikeys.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How key secrets are stored and checked: SHA-256, hex encoded.
 *
 * <p>Why no slow password hash (Argon2, bcrypt): those make guessing a low-entropy password from
 * a stolen hash expensive. A key secret is 256 bits from {@link java.security.SecureRandom}, so
 * there is nothing to guess: inverting SHA-256 of it is infeasible at any hashing speed, while a
 * slow hash would cost tens of milliseconds on every request that uses a key.
 */
public final class SecretHash {

    private static final HexFormat HEX = HexFormat.of();

    private SecretHash() {
    }

    /** The stored form of a secret: 64 lower-case hex digits. */
    public static String hex(String secret) {
        return HEX.formatHex(digest(secret));
    }

    /** The digest a stored hex text stands for. */
    public static byte[] parseHex(String hex) {
        return HEX.parseHex(hex);
    }

    /**
     * Whether {@code presentedSecret} hashes to {@code expected}. The digests are compared with
     * {@link MessageDigest#isEqual}, which takes the same time wherever the first difference is,
     * so response times tell an attacker nothing about how close a guess came.
     */
    public static boolean matches(byte[] expected, String presentedSecret) {
        return MessageDigest.isEqual(expected, digest(presentedSecret));
    }

    static byte[] digest(String secret) {
        try {
            // A new instance per call: MessageDigest is not thread-safe and getInstance is cheap.
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
