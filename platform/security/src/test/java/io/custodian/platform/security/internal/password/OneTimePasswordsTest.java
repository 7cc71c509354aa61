package io.custodian.platform.security.internal.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

    @Test
    void generatesLongUrlSafePasswords() {
        char[] password = OneTimePasswords.generate(new SecureRandom());

        assertTrue(password.length >= 20);
        assertTrue(new String(password).matches("[A-Za-z0-9_-]+"), new String(password));
    }

    @Test
    void generatesADifferentPasswordEachTime() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(new String(OneTimePasswords.generate(random)));
        }

        assertEquals(100, seen.size());
    }
}
