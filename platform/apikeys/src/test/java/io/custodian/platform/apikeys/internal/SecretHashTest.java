package io.custodian.platform.apikeys.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretHashTest {

    @Test
    void theStoredFormIsTheHexSha256OfTheSecret() {
        // FIPS 180-2 test vector.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretHash.hex("abc"));
    }

    @Test
    void onlyTheSameSecretMatches() {
        byte[] stored = SecretHash.parseHex(SecretHash.hex("the-secret"));

        assertTrue(SecretHash.matches(stored, "the-secret"));
        assertFalse(SecretHash.matches(stored, "the-secreu"));
        assertFalse(SecretHash.matches(stored, ""));
        assertFalse(SecretHash.matches(new byte[31], "the-secret"));
    }

    /**
     * Timing cannot be measured reliably in a unit test, so this checks what the comparison calls:
     * the class must use MessageDigest.isEqual and none of the comparisons that stop at the first
     * difference.
     */
    @Test
    void digestsAreComparedInConstantTime() throws IOException {
        String classFile;
        try (InputStream in = SecretHash.class.getResourceAsStream("SecretHash.class")) {
            classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        assertTrue(classFile.contains("java/security/MessageDigest") && classFile.contains("isEqual"));
        assertFalse(classFile.contains("java/util/Arrays"));
        assertFalse(classFile.contains("equals"), "String/Object equals stops at the first difference");
    }
}
