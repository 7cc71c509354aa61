package io.custodian.platform.security.internal.password;

import java.util.ArrayList;
import java.util.List;

/**
 * The basic password rules: long enough, not absurdly long, not the user name. Length beats
 * composition rules (NIST SP 800-63B), so there are none of the latter.
 */
public final class PasswordPolicy {

    /** Minimum length in characters. */
    public static final int MIN_LENGTH = 12;
    /** Maximum length, to keep one hashing call bounded. */
    public static final int MAX_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /** The rules {@code password} breaks for {@code username}; empty if it is acceptable. */
    public static List<String> violations(String username, char[] password) {
        List<String> violations = new ArrayList<>();
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            violations.add("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            violations.add("must be at most " + MAX_LENGTH + " characters long");
        }
        if (username != null && equalsIgnoreCase(password, username.trim())) {
            violations.add("must not be the user name");
        }
        return violations;
    }

    // Compares in place: a String copy of the password would linger on the heap.
    private static boolean equalsIgnoreCase(char[] password, String username) {
        if (password.length != username.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != Character.toLowerCase(username.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
