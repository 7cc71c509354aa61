package io.custodian.datasources.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String SECRET = "s3cret-Pässword!";

    private final SecureRandom random = new SecureRandom();
    private final SecretCipher cipher = new SecretCipher(random);
    private final MasterKey key = MasterKey.generate(random);
    private final KeyRing ring = KeyRing.of(key, List.of());

    @Test
    void opensWhatItSealed() {
        SealedSecret sealed = cipher.seal(key, SecretCipher.binding(4, "password"), SECRET);

        assertEquals(SECRET, cipher.open(ring, SecretCipher.binding(4, "password"), sealed, "password"));
        assertEquals(key.id(), sealed.keyId());
        assertEquals(12, Base64.getDecoder().decode(sealed.iv()).length);
        assertFalse(sealed.ciphertext().contains(SECRET));
        assertFalse(sealed.toString().contains(sealed.ciphertext()), "toString shows the key id only");
    }

    @Test
    void sealsTheSameValueDifferentlyEachTime() {
        SealedSecret first = cipher.seal(key, "datasource:1:password", SECRET);
        SealedSecret second = cipher.seal(key, "datasource:1:password", SECRET);

        assertNotEquals(first.iv(), second.iv());
        assertNotEquals(first.ciphertext(), second.ciphertext());
    }

    @Test
    void refusesACiphertextWithAFlippedByte() {
        SealedSecret sealed = cipher.seal(key, "datasource:1:password", SECRET);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[3] ^= 0x01;
        SealedSecret tampered = new SealedSecret(Base64.getEncoder().encodeToString(bytes), sealed.iv(), sealed.keyId());

        UnreadableSecretException e = assertThrows(UnreadableSecretException.class,
                () -> cipher.open(ring, "datasource:1:password", tampered, "password of source 1"));
        assertTrue(e.getMessage().contains("integrity"), e.getMessage());
    }

    @Test
    void refusesAFlippedIv() {
        SealedSecret sealed = cipher.seal(key, "datasource:1:password", SECRET);
        byte[] iv = Base64.getDecoder().decode(sealed.iv());
        iv[0] ^= 0x01;
        SealedSecret tampered = new SealedSecret(sealed.ciphertext(), Base64.getEncoder().encodeToString(iv), sealed.keyId());

        assertThrows(UnreadableSecretException.class, () -> cipher.open(ring, "datasource:1:password", tampered, "x"));
    }

    @Test
    void refusesACiphertextMovedToAnotherSourceOrSetting() {
        SealedSecret sealed = cipher.seal(key, SecretCipher.binding(1, "password"), SECRET);

        assertThrows(UnreadableSecretException.class,
                () -> cipher.open(ring, SecretCipher.binding(2, "password"), sealed, "password of source 2"));
        assertThrows(UnreadableSecretException.class,
                () -> cipher.open(ring, SecretCipher.binding(1, "token"), sealed, "token of source 1"));
    }

    @Test
    void refusesToOpenWithTheWrongKey() {
        SealedSecret sealed = cipher.seal(key, "datasource:1:password", SECRET);
        MasterKey other = MasterKey.generate(random);
        // The other key presented under the sealing key's id, as a swapped key file would.
        KeyRing wrong = new KeyRing(other, java.util.Map.of(key.id(), other));

        assertThrows(UnreadableSecretException.class, () -> cipher.open(wrong, "datasource:1:password", sealed, "x"));
    }

    @Test
    void namesTheMissingKeyWhenItIsNotLoaded() {
        SealedSecret sealed = cipher.seal(key, "datasource:1:password", SECRET);
        KeyRing withoutIt = KeyRing.of(MasterKey.generate(random), List.of());

        UnreadableSecretException e = assertThrows(UnreadableSecretException.class,
                () -> cipher.open(withoutIt, "datasource:1:password", sealed, "password of source 1"));
        assertTrue(e.getMessage().contains(key.id()), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void keyIdIsTheStartOfTheKeysSha256() throws Exception {
        byte[] bytes = new byte[32];
        MasterKey zero = MasterKey.of(bytes);
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);

        assertEquals(expected, zero.id());
        assertEquals("MasterKey[id=" + expected + "]", zero.toString());
    }

    @Test
    void parsingRefusesTextThatIsNotAKeyWithoutRepeatingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> MasterKey.parse(shortKey, "the variable X"));
        assertTrue(wrongLength.getMessage().contains("16 bytes"), wrongLength.getMessage());
        assertFalse(wrongLength.getMessage().contains(shortKey));
        assertThrows(IllegalArgumentException.class, () -> MasterKey.parse("not base64!", "the variable X"));
    }
}
