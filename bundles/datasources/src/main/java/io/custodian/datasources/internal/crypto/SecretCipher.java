package io.custodian.datasources.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens secret settings with AES-256-GCM: a fresh random 12-byte IV per ciphertext, a 128-bit tag, and
 * the additional data {@code datasource:<source id>:<secret name>}, so a ciphertext copied to another source or
 * another setting fails to open instead of handing one source's password to another. Thread-safe.
 */
public final class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random;

    public SecretCipher(SecureRandom random) {
        this.random = random;
    }

    /** The additional authenticated data that binds a ciphertext to its row. */
    public static String binding(long sourceId, String secretName) {
        return "datasource:" + sourceId + ":" + secretName;
    }

    /** Seals {@code plaintext} under {@code key}, bound to {@code binding}. */
    public SealedSecret seal(MasterKey key, String binding, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return new SealedSecret(base64.encodeToString(sealed), base64.encodeToString(iv), key.id());
        } catch (GeneralSecurityException e) {
            // Only a JVM without AES-GCM gets here; the exception text holds no key or plaintext.
            throw new IllegalStateException("AES-GCM encryption is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Opens a ciphertext sealed by {@link #seal} under a key of {@code keys}.
     *
     * @param what names the secret in the message of a failure, for example {@code password of source 4}
     * @throws UnreadableSecretException if the key is not in the ring, or the ciphertext, IV or binding differ
     */
    public String open(KeyRing keys, String binding, SealedSecret sealed, String what) {
        MasterKey key = keys.find(sealed.keyId()).orElseThrow(() -> new UnreadableSecretException(
                "the " + what + " was encrypted with master key " + sealed.keyId() + ", which is not loaded"));
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] iv = base64.decode(sealed.iv());
            if (iv.length != IV_BYTES) {
                throw new UnreadableSecretException("the stored " + what + " has a malformed IV");
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(base64.decode(sealed.ciphertext())), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UnreadableSecretException("the stored " + what + " fails its integrity check: it was altered or "
                    + "copied from another source or setting");
        } catch (GeneralSecurityException e) {
            throw new UnreadableSecretException("the stored " + what + " cannot be decrypted ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
