package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginSignaturesTest {

    private static final String SHA = "a".repeat(64);
    private final KeyPair publisher = PluginSignatures.generateKeyPair();
    private final TrustedPublishers trusted = TrustedPublishers.of(List.of(new PublisherKey("acme", publisher.getPublic())));

    @Test
    void theSignedMessageIsExactlyTheDesignedFormat() {
        assertEquals("custodian-plugin-signature-v1\nacme-iban\n1.2.0\n" + SHA + "\n", PluginSignatures.message("acme-iban", "1.2.0", SHA));
        assertEquals(PluginSignatures.message("x", "1.0.0", SHA), PluginSignatures.message("x", "1.0.0", SHA.toUpperCase()));
    }

    @Test
    void aSignatureVerifiesForTheReleaseItSigned() {
        String signature = PluginSignatures.sign(publisher.getPrivate(), "acme-iban", "1.2.0", SHA);

        assertEquals(64, Base64.getDecoder().decode(signature).length);
        assertDoesNotThrow(() -> PluginSignatures.verify(trusted, "acme", signature, "acme-iban", "1.2.0", SHA));
    }

    @Test
    void theSignatureIsPlainEd25519OverTheUtf8Message() throws Exception {
        String signature = PluginSignatures.sign(publisher.getPrivate(), "acme-iban", "1.2.0", SHA);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(publisher.getPublic());
        jdk.update(PluginSignatures.message("acme-iban", "1.2.0", SHA).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(jdk.verify(Base64.getDecoder().decode(signature)));
    }

    @Test
    void changingTheIdVersionOrChecksumBreaksTheSignature() {
        String signature = PluginSignatures.sign(publisher.getPrivate(), "acme-iban", "1.2.0", SHA);

        assertInvalid(() -> PluginSignatures.verify(trusted, "acme", signature, "acme-ibam", "1.2.0", SHA));
        assertInvalid(() -> PluginSignatures.verify(trusted, "acme", signature, "acme-iban", "1.2.1", SHA));
        assertInvalid(() -> PluginSignatures.verify(trusted, "acme", signature, "acme-iban", "1.2.0", "b" + SHA.substring(1)));
    }

    @Test
    void aTamperedSignatureIsInvalid() {
        byte[] signature = Base64.getDecoder().decode(PluginSignatures.sign(publisher.getPrivate(), "acme-iban", "1.2.0", SHA));
        signature[10] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(signature);

        PluginRejectedException e = assertInvalid(() -> PluginSignatures.verify(trusted, "acme", tampered, "acme-iban", "1.2.0", SHA));

        assertEquals("The signature of the plugin \"acme-iban\" \"1.2.0\" does not match publisher \"acme\"'s key: the jar, its id"
                + " or its version changed after signing, or another key signed it.", e.getMessage());
    }

    @Test
    void aSignatureByAnotherKeyIsInvalid() {
        KeyPair impostor = PluginSignatures.generateKeyPair();
        String signature = PluginSignatures.sign(impostor.getPrivate(), "acme-iban", "1.2.0", SHA);

        assertInvalid(() -> PluginSignatures.verify(trusted, "acme", signature, "acme-iban", "1.2.0", SHA));
    }

    @Test
    void signaturesThatAreNotBase64OrNot64BytesAreInvalid() {
        for (String bad : List.of("not base64 at all!", Base64.getEncoder().encodeToString(new byte[63]), "x".repeat(5000),
                Base64.getEncoder().encodeToString(new byte[64]))) {
            assertInvalid(() -> PluginSignatures.verify(trusted, "acme", bad, "acme-iban", "1.2.0", SHA));
        }
    }

    @Test
    void aMissingSignatureIsRefusedAsMissing() {
        for (String missing : new String[] {null, "", "  "}) {
            PluginRejectedException e = assertThrows(PluginRejectedException.class,
                    () -> PluginSignatures.verify(trusted, "acme", missing, "acme-iban", "1.2.0", SHA));
            assertEquals(Reason.SIGNATURE_MISSING, e.reason());
            assertEquals("plugin.signature_missing", e.code());
        }
    }

    @Test
    void aSignatureByAnUntrustedPublisherIsRefusedNamingTheTrustedOnes() {
        KeyPair stranger = PluginSignatures.generateKeyPair();
        String signature = PluginSignatures.sign(stranger.getPrivate(), "acme-iban", "1.2.0", SHA);

        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> PluginSignatures.verify(trusted, "stranger", signature, "acme-iban", "1.2.0", SHA));

        assertEquals(Reason.PUBLISHER_UNTRUSTED, e.reason());
        assertEquals("The plugin \"acme-iban\" \"1.2.0\" is signed by publisher \"stranger\", which is not a trusted publisher"
                + " (trusted: acme).", e.getMessage());
    }

    @Test
    void keysSurviveEncodingAndDecoding() {
        PublicKey decodedPublic = PluginSignatures.decodePublic(PluginSignatures.encodePublic(publisher.getPublic()));
        PrivateKey decodedPrivate = PluginSignatures.decodePrivate(PluginSignatures.encodePrivate(publisher.getPrivate()));
        assertArrayEquals(publisher.getPublic().getEncoded(), decodedPublic.getEncoded());

        String signature = PluginSignatures.sign(decodedPrivate, "acme-iban", "1.2.0", SHA);
        TrustedPublishers decoded = TrustedPublishers.of(List.of(new PublisherKey("acme", decodedPublic)));
        assertDoesNotThrow(() -> PluginSignatures.verify(decoded, "acme", signature, "acme-iban", "1.2.0", SHA));
    }

    @Test
    void decodingRefusesTextThatIsNoEd25519Key() throws Exception {
        String rsa = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());
        for (String bad : new String[] {null, "", "%%%", Base64.getEncoder().encodeToString(new byte[44]), rsa}) {
            assertThrows(IllegalArgumentException.class, () -> PluginSignatures.decodePublic(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> PluginSignatures.decodePrivate("AAAA"));
    }

    @Test
    void signingWithANonEd25519KeyIsRefused() throws Exception {
        PrivateKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        assertThrows(IllegalArgumentException.class, () -> PluginSignatures.sign(rsa, "acme-iban", "1.0.0", SHA));
    }

    /** RFC 8032 section 7.1, test 1 (empty message), through a raw JDK Signature: the JDK's Ed25519 is the standard one. */
    @Test
    void theJdkEd25519MatchesRfc8032TestVector1() throws Exception {
        HexFormat hex = HexFormat.of();
        byte[] secret = hex.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] publicKey = hex.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] expected = hex.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
                + "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        // Fixed DER prefixes of an Ed25519 SubjectPublicKeyInfo and PKCS#8 PrivateKeyInfo (RFC 8410), then the raw key.
        byte[] x509 = concat(hex.parseHex("302a300506032b6570032100"), publicKey);
        byte[] pkcs8 = concat(hex.parseHex("302e020100300506032b657004220420"), secret);
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        PublicKey pub = keys.generatePublic(new X509EncodedKeySpec(x509));
        PrivateKey priv = keys.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));

        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(priv);
        signer.update(new byte[0]);
        assertArrayEquals(expected, signer.sign(), "Ed25519 is deterministic: the JDK must produce the RFC's signature");

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pub);
        verifier.update(new byte[0]);
        assertTrue(verifier.verify(expected));
        // The same raw key also decodes through the public API.
        assertArrayEquals(x509, PluginSignatures.decodePublic(Base64.getEncoder().encodeToString(x509)).getEncoded());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static PluginRejectedException assertInvalid(org.junit.jupiter.api.function.Executable call) {
        PluginRejectedException e = assertThrows(PluginRejectedException.class, call);
        assertEquals(Reason.SIGNATURE_INVALID, e.reason());
        assertEquals("plugin.signature_invalid", e.reason().code());
        return e;
    }
}
