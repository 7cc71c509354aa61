package io.custodian.platform.security.internal.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    // Cheap parameters keep the suite fast; the cost is a parameter, the algorithm is the same.
    private static final Argon2Settings CHEAP = new Argon2Settings(1024, 1, 1, 16, 32);

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(CHEAP, new SecureRandom());

    @Test
    void verifiesHashesMadeByTheReferenceImplementation() {
        // Made with the reference CLI (Debian package argon2):
        // echo -n "correct horse battery" | argon2 saltsaltsaltsalt -id -t 2 -m 10 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
                + "JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc";

        assertTrue(hasher.verify("correct horse battery".toCharArray(), reference));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), reference));
    }

    @Test
    void encodesNonAsciiPasswordsAsUtf8WithSeveralLanes() {
        // echo -n "Ünïcödé pässwörd" | argon2 c29tZXNhbHQxMjM0NTY3OA -id -t 1 -m 12 -p 2 -l 32 -e
        String reference = "$argon2id$v=19$m=4096,t=1,p=2$YzI5dFpYTmhiSFF4TWpNME5UWTNPQQ$"
                + "IemubMawqRqRSFNwOepGvUzGLkiI1fLFz72gSXhlwcQ";

        assertTrue(hasher.verify("Ünïcödé pässwörd".toCharArray(), reference));
    }

    @Test
    void roundTripsWithAFreshSaltEachTime() {
        String first = hasher.hash("a long enough password".toCharArray());
        String second = hasher.hash("a long enough password".toCharArray());

        assertNotEquals(first, second);
        assertTrue(hasher.verify("a long enough password".toCharArray(), first));
        assertTrue(hasher.verify("a long enough password".toCharArray(), second));
        assertFalse(hasher.verify("a long enough passworD".toCharArray(), first));
        assertFalse(hasher.verify(new char[0], first));
    }

    @Test
    void defaultSettingsFollowOwasp() {
        String phc = new Argon2PasswordHasher(Argon2Settings.OWASP, new SecureRandom()).hash("x".toCharArray());

        assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
    }

    @Test
    void neverMatchesAMalformedStoredHash() {
        assertFalse(hasher.verify("password".toCharArray(), "password"));
        assertFalse(hasher.verify("password".toCharArray(), null));
        assertFalse(hasher.verify("password".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv"));
    }

    @Test
    void asksForARehashWhenTheParametersChanged() {
        String cheap = hasher.hash("password".toCharArray());
        Argon2PasswordHasher stronger = new Argon2PasswordHasher(new Argon2Settings(2048, 2, 1, 16, 32),
                new SecureRandom());

        assertFalse(hasher.needsRehash(cheap));
        assertTrue(stronger.needsRehash(cheap));
        assertTrue(hasher.needsRehash("garbage"));
    }
}
