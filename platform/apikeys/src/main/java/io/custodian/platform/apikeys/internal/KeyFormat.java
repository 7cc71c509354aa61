package io.custodian.platform.apikeys.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The text of an API key, {@code cust_<keyId>_<secret>}: a fixed prefix so secret scanners and
 * the security bundle recognise it, a 12 character key id from [A-Za-z0-9] (about 71 bits, the
 * lookup key, shown in listings) and the unpadded base64url text of 32 random bytes. The secret
 * may itself contain {@code _}, so the parts are found by position, not by splitting.
 */
public final class KeyFormat {

    /** Every key starts with this. Session tokens start with {@code cst_s_}, so the two never mix. */
    public static final String PREFIX = "cust_";
    static final int KEY_ID_LENGTH = 12;
    static final int SECRET_BYTES = 32;
    /** 32 bytes in unpadded base64url. */
    static final int SECRET_LENGTH = 43;
    static final int LENGTH = PREFIX.length() + KEY_ID_LENGTH + 1 + SECRET_LENGTH;

    private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFormat() {
    }

    /** A new key id and secret from the system's strong random source. */
    public static NewKey newKey() {
        StringBuilder keyId = new StringBuilder(KEY_ID_LENGTH);
        for (int i = 0; i < KEY_ID_LENGTH; i++) {
            keyId.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new NewKey(keyId.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** A new row id, {@code ak_} and 20 characters from [a-z0-9]; stays the same when the key is rotated. */
    public static String newId() {
        StringBuilder id = new StringBuilder("ak_");
        for (int i = 0; i < 20; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /** What listings show of a key: {@code cust_<keyId>_}. */
    public static String prefix(String keyId) {
        return PREFIX + keyId + "_";
    }

    /** Whether a bearer token is meant as an API key; it may still be malformed. */
    public static boolean looksLikeKey(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    /** The parts of a well-formed key; empty for anything else. Never throws. */
    public static Optional<PresentedKey> parse(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int idEnd = PREFIX.length() + KEY_ID_LENGTH;
        if (text.charAt(idEnd) != '_') {
            return Optional.empty();
        }
        for (int i = PREFIX.length(); i < idEnd; i++) {
            if (!isBase62(text.charAt(i))) {
                return Optional.empty();
            }
        }
        for (int i = idEnd + 1; i < LENGTH; i++) {
            if (!isBase64Url(text.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new PresentedKey(text.substring(PREFIX.length(), idEnd), text.substring(idEnd + 1)));
    }

    /** Whether {@code keyId} has the shape of a key id. */
    public static boolean isKeyId(String keyId) {
        return keyId != null && keyId.length() == KEY_ID_LENGTH && keyId.chars().allMatch(c -> isBase62((char) c));
    }

    private static boolean isBase62(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isBase64Url(char c) {
        return isBase62(c) || c == '-' || c == '_';
    }

    /**
     * A freshly made key; its {@link #text()} is shown to its creator once and never stored.
     *
     * @param keyId  the public part
     * @param secret the secret part
     */
    public record NewKey(String keyId, String secret) {

        /** The whole key as the client sends it. */
        public String text() {
            return PREFIX + keyId + "_" + secret;
        }

        @Override
        public String toString() {
            return "NewKey[" + prefix(keyId) + "...]";
        }
    }

    /**
     * A key as a client presented it, split into its parts.
     *
     * @param keyId  the lookup key
     * @param secret to be compared with the stored hash
     */
    public record PresentedKey(String keyId, String secret) {

        @Override
        public String toString() {
            return "PresentedKey[" + prefix(keyId) + "...]";
        }
    }
}
