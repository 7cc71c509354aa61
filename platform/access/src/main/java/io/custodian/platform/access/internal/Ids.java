package io.custodian.platform.access.internal;

import java.security.SecureRandom;

/** Random ids with a type prefix: {@code pol_}, {@code grt_}, {@code dlg_} and 20 characters from [a-z0-9]. */
public final class Ids {

    /** Prefix of policy ids. */
    public static final String POLICY = "pol_";
    /** Prefix of role grant ids. */
    public static final String GRANT = "grt_";
    /** Prefix of delegation ids. */
    public static final String DELEGATION = "dlg_";

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new id, about 103 random bits: unguessable and practically unique. */
    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix.length() + LENGTH).append(prefix);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
