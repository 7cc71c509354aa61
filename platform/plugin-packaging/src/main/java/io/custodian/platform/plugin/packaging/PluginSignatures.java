package io.custodian.platform.plugin.packaging;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.Texts;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Publisher signatures over plugin releases: Ed25519 (the JDK's own) over the UTF-8 message
 * <pre>{@code custodian-plugin-signature-v1\n<id>\n<version>\n<sha256 lower-case hex>\n}</pre>
 * written as standard base64. Public keys travel as base64 of their X.509 SubjectPublicKeyInfo encoding,
 * private keys as base64 of PKCS#8.
 */
public final class PluginSignatures {

    /** The first line of every signed message; a new format gets a new line, so old signatures never verify under it. */
    public static final String MESSAGE_PREFIX = "custodian-plugin-signature-v1\n";

    private static final String ALGORITHM = "Ed25519";
    private static final int SIGNATURE_BYTES = 64;
    private static final int MAX_SIGNATURE_TEXT = 1024;

    private PluginSignatures() {
    }

    /** The signed text for a release: {@code custodian-plugin-signature-v1\nid\nversion\nsha256\n}, checksum in lower case. */
    public static String message(String id, String version, String sha256) {
        return MESSAGE_PREFIX + id + "\n" + version + "\n" + sha256.toLowerCase(Locale.ROOT) + "\n";
    }

    /**
     * Signs a release.
     *
     * @return the signature, standard base64
     * @throws IllegalArgumentException if {@code key} is not an Ed25519 private key
     */
    public static String sign(PrivateKey key, String id, String version, String sha256) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message(id, version, sha256).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The signing key is not an Ed25519 private key.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Checks that {@code publisher} is trusted and signed this release.
     *
     * @throws PluginRejectedException {@link Reason#SIGNATURE_MISSING} without a signature,
     *                                 {@link Reason#PUBLISHER_UNTRUSTED} if the publisher is not trusted,
     *                                 {@link Reason#SIGNATURE_INVALID} if the signature does not verify
     */
    public static void verify(TrustedPublishers trusted, String publisher, String signatureB64, String id, String version,
                              String sha256) throws PluginRejectedException {
        String release = "plugin " + Texts.quote(id) + " " + Texts.quote(version);
        requirePresent(signatureB64, release);
        PublicKey key = requireTrusted(trusted, publisher, release);
        byte[] signature = decodeSignature(signatureB64, release);
        if (!verifies(key, signature, message(id, version, sha256))) {
            throw new PluginRejectedException(Reason.SIGNATURE_INVALID, "The signature of the " + release
                    + " does not match publisher " + Texts.quote(publisher) + "'s key: the jar, its id or its version"
                    + " changed after signing, or another key signed it.");
        }
    }

    /** Refuses a missing signature; {@code release} names what should have been signed. */
    static void requirePresent(String signatureB64, String release) throws PluginRejectedException {
        if (signatureB64 == null || signatureB64.isBlank()) {
            throw new PluginRejectedException(Reason.SIGNATURE_MISSING, "The " + release
                    + " carries no publisher signature; only plugins signed by a trusted publisher can be installed.");
        }
    }

    /** The key of {@code publisher}, or a refusal naming the trusted publishers. */
    static PublicKey requireTrusted(TrustedPublishers trusted, String publisher, String release) throws PluginRejectedException {
        Optional<PublicKey> key = trusted.key(publisher);
        if (key.isEmpty()) {
            throw new PluginRejectedException(Reason.PUBLISHER_UNTRUSTED, "The " + release + " is signed by "
                    + (publisher == null || publisher.isBlank() ? "an unnamed publisher" : "publisher " + Texts.quote(publisher))
                    + ", which is not a trusted publisher (trusted: "
                    + (trusted.publishers().isEmpty() ? "none" : String.join(", ", trusted.publishers())) + ").");
        }
        return key.get();
    }

    /** A new Ed25519 key pair. */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            // Ed25519 is built into every Java 15+ runtime (JEP 339).
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    /** {@code key} as base64 of its X.509 SubjectPublicKeyInfo encoding. */
    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** {@code key} as base64 of its PKCS#8 encoding. Keep the result secret. */
    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * The public key in {@code b64} (base64 of X.509 SubjectPublicKeyInfo).
     *
     * @throws IllegalArgumentException if it is not base64 or not an Ed25519 public key
     */
    public static PublicKey decodePublic(String b64) {
        try {
            return keyFactory().generatePublic(new X509EncodedKeySpec(decodeKeyBase64(b64)));
        } catch (InvalidKeySpecException | ClassCastException e) {
            throw new IllegalArgumentException("The text is not an Ed25519 public key (base64 of X.509 SubjectPublicKeyInfo).", e);
        }
    }

    /**
     * The private key in {@code b64} (base64 of PKCS#8).
     *
     * @throws IllegalArgumentException if it is not base64 or not an Ed25519 private key
     */
    public static PrivateKey decodePrivate(String b64) {
        try {
            return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(decodeKeyBase64(b64)));
        } catch (InvalidKeySpecException | ClassCastException e) {
            throw new IllegalArgumentException("The text is not an Ed25519 private key (base64 of PKCS#8).", e);
        }
    }

    private static byte[] decodeSignature(String signatureB64, String release) throws PluginRejectedException {
        String text = signatureB64.strip();
        byte[] signature = null;
        if (text.length() <= MAX_SIGNATURE_TEXT) {
            try {
                signature = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                signature = null;
            }
        }
        if (signature == null || signature.length != SIGNATURE_BYTES) {
            throw new PluginRejectedException(Reason.SIGNATURE_INVALID, "The signature of the " + release
                    + " is not an Ed25519 signature in base64 (64 bytes).");
        }
        return signature;
    }

    private static boolean verifies(PublicKey key, byte[] signature, String message) throws PluginRejectedException {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (SignatureException e) {
            // A malformed signature (for example a point not on the curve) is simply one that does not verify.
            return false;
        } catch (InvalidKeyException e) {
            throw new PluginRejectedException(Reason.SIGNATURE_INVALID, "The trusted key of the publisher is not an Ed25519 key.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    private static byte[] decodeKeyBase64(String b64) {
        if (b64 == null || b64.isBlank()) {
            throw new IllegalArgumentException("The key is empty.");
        }
        try {
            return Base64.getDecoder().decode(b64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The key is not valid base64.", e);
        }
    }

    private static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }
}
