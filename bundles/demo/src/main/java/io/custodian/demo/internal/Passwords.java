package io.custodian.demo.internal;

import java.security.SecureRandom;

/** Random passwords for the demo database: nobody types them, the data source keeps them encrypted. */
final class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A new password of {@value #LENGTH} letters and digits (about 140 bits). */
    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
