package io.custodian.platform.security.internal.password;

import java.security.SecureRandom;

/** Random passwords for first start, from a URL-safe alphabet so they survive copy and paste. */
public final class OneTimePasswords {

    /** Length of generated passwords: 24 characters of 64 symbols, 144 bits. */
    public static final int LENGTH = 24;
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private OneTimePasswords() {
    }

    /** A new random password of {@link #LENGTH} characters. */
    public static char[] generate(SecureRandom random) {
        char[] password = new char[LENGTH];
        for (int i = 0; i < password.length; i++) {
            // 64 symbols: nextInt is unbiased for any bound.
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return password;
    }
}
