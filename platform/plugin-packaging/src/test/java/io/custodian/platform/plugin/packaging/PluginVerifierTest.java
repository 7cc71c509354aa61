package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginVerifierTest {

    @TempDir
    Path dir;

    private final KeyPair acme = PluginSignatures.generateKeyPair();
    private final TrustedPublishers trusted = TrustedPublishers.of(List.of(new PublisherKey("acme", acme.getPublic())));
    private final PluginVerifier verifier = new PluginVerifier(trusted, InspectionLimits.defaults(), PlatformVersion.CURRENT);
    private Path jar;
    private String sha;

    @BeforeEach
    void buildJar() {
        jar = TestJars.plugin(dir, "acme-iban", "1.0.0").build();
        sha = Sha256.hex(jar);
    }

    private MarketplaceVersion entry(String version, String sha256, String signature, Set<Scope> scopes) {
        return new MarketplaceVersion(version, "acme-iban-" + version + ".jar", sha256, signature, scopes, ">=0.1.0 & <1.0.0",
                1000, null);
    }

    private MarketplaceVersion signedEntry() {
        return entry("1.0.0", sha, PluginSignatures.sign(acme.getPrivate(), "acme-iban", "1.0.0", sha), Set.of(Scope.SAMPLES_READ));
    }

    private static MarketplacePlugin plugin(String id, String publisher) {
        return new MarketplacePlugin(id, "ACME", "", "", publisher, Set.of(PluginKind.CLASSIFIER), List.of());
    }

    @Test
    void acceptsASignedMarketplaceJar() throws Exception {
        VerifiedPlugin verified = verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), signedEntry());

        assertTrue(verified.signed());
        assertEquals("acme", verified.publisher());
        assertEquals("acme-iban", verified.jar().manifest().id());
        assertEquals(sha, verified.jar().sha256());
    }

    @Test
    void refusesAnOversizedJarFirst() {
        PluginVerifier strict = new PluginVerifier(trusted, new InspectionLimits(100, 10, 1000), PlatformVersion.CURRENT);
        // Also unsigned and with a wrong checksum: the size check comes first.
        MarketplaceVersion bad = entry("1.0.0", "0".repeat(64), null, Set.of());

        assertEquals(Reason.TOO_LARGE, refused(() -> strict.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), bad)).reason());
    }

    @Test
    void refusesAChecksumMismatchBeforeLookingAtTheSignature() {
        MarketplaceVersion wrongSha = entry("1.0.0", "0".repeat(64), null, Set.of(Scope.SAMPLES_READ));

        PluginRejectedException e = refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), wrongSha));

        assertEquals(Reason.CHECKSUM_MISMATCH, e.reason());
        assertEquals("The downloaded file acme-iban-1.0.0.jar of plugin \"acme-iban\" 1.0.0 has SHA-256 " + sha
                + ", but the marketplace index lists \"" + "0".repeat(64) + "\"; the file was changed or damaged.", e.getMessage());
    }

    @Test
    void refusesAJarChangedAfterPublication() throws Exception {
        MarketplaceVersion entry = signedEntry();
        Files.write(jar, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

        assertEquals(Reason.CHECKSUM_MISMATCH, refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), entry)).reason());
    }

    @Test
    void refusesAnUnsignedMarketplaceJar() {
        MarketplaceVersion unsigned = entry("1.0.0", sha, null, Set.of(Scope.SAMPLES_READ));

        PluginRejectedException e = refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), unsigned));

        assertEquals(Reason.SIGNATURE_MISSING, e.reason());
        assertEquals("The plugin \"acme-iban\" \"1.0.0\" carries no publisher signature; only plugins signed by a trusted publisher"
                + " can be installed.", e.getMessage());
    }

    @Test
    void refusesAnUntrustedPublisherBeforeCheckingItsSignature() {
        PluginRejectedException e = refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "stranger"), signedEntry()));
        assertEquals(Reason.PUBLISHER_UNTRUSTED, e.reason());
    }

    @Test
    void refusesASignatureOverAnotherVersion() {
        MarketplaceVersion replayed = entry("1.0.0", sha, PluginSignatures.sign(acme.getPrivate(), "acme-iban", "0.9.0", sha),
                Set.of(Scope.SAMPLES_READ));

        assertEquals(Reason.SIGNATURE_INVALID,
                refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), replayed)).reason());
    }

    @Test
    void refusesAJarWhoseManifestNamesAnotherPlugin() throws Exception {
        // A validly signed release of "acme-other", listed under the id "acme-iban".
        String signature = PluginSignatures.sign(acme.getPrivate(), "acme-other", "1.0.0", sha);
        MarketplaceVersion entry = entry("1.0.0", sha, signature, Set.of(Scope.SAMPLES_READ));

        PluginRejectedException e = refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-other", "acme"), entry));

        assertEquals(Reason.MISMATCH, e.reason());
        assertEquals("The marketplace lists this file as plugin \"acme-other\" 1.0.0, but the jar's manifest says \"acme-iban\" \"1.0.0\".",
                e.getMessage());
    }

    @Test
    void refusesAJarWhoseManifestHasAnotherVersion() {
        String signature = PluginSignatures.sign(acme.getPrivate(), "acme-iban", "2.0.0", sha);
        MarketplaceVersion entry = entry("2.0.0", sha, signature, Set.of(Scope.SAMPLES_READ));

        assertEquals(Reason.MISMATCH, refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), entry)).reason());
    }

    @Test
    void refusesAJarAskingForMoreScopesThanTheIndexShowed() {
        String signature = PluginSignatures.sign(acme.getPrivate(), "acme-iban", "1.0.0", sha);
        MarketplaceVersion entry = entry("1.0.0", sha, signature, Set.of());

        PluginRejectedException e = refused(() -> verifier.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), entry));

        assertEquals(Reason.MISMATCH, e.reason());
        assertTrue(e.getMessage().endsWith("with the scopes [], but the jar's manifest asks for [samples.read]."), e.getMessage());
    }

    @Test
    void refusesAPluginForAnotherPlatformVersionLast() {
        PluginVerifier future = new PluginVerifier(trusted, InspectionLimits.defaults(), "2.0.0");

        PluginRejectedException e = refused(() -> future.verifyFromMarketplace(jar, plugin("acme-iban", "acme"), signedEntry()));

        assertEquals(Reason.PLATFORM_UNSUPPORTED, e.reason());
        assertEquals("Plugin \"acme-iban\" 1.0.0 supports platform versions \">=0.1.0 & <1.0.0\", but this platform is version 2.0.0.",
                e.getMessage());
    }

    @Test
    void acceptsASignedUpload() throws Exception {
        String signature = PluginSignatures.sign(acme.getPrivate(), "acme-iban", "1.0.0", sha);

        VerifiedPlugin verified = verifier.verifyUpload(jar, "acme", signature);

        assertTrue(verified.signed());
        assertEquals("acme", verified.publisher());
    }

    @Test
    void refusesUploadsWithoutSignatureFromStrangersOrTampered() throws Exception {
        assertEquals(Reason.SIGNATURE_MISSING, refused(() -> verifier.verifyUpload(jar, "acme", null)).reason());
        String signature = PluginSignatures.sign(acme.getPrivate(), "acme-iban", "1.0.0", sha);
        assertEquals(Reason.PUBLISHER_UNTRUSTED, refused(() -> verifier.verifyUpload(jar, "stranger", signature)).reason());
        assertEquals(Reason.PUBLISHER_UNTRUSTED, refused(() -> verifier.verifyUpload(jar, null, signature)).reason());

        // Same id and version, different bytes: the signature covers the checksum.
        Path rebuilt = TestJars.plugin(Files.createDirectories(dir.resolve("rebuilt")), "acme-iban", "1.0.0")
                .entry("extra.txt", new byte[] {1}).build();
        PluginRejectedException e = refused(() -> verifier.verifyUpload(rebuilt, "acme", signature));
        assertEquals(Reason.SIGNATURE_INVALID, e.reason());
    }

    @Test
    void refusesAnUploadThatIsNoJarAfterTheSignatureChecks() throws Exception {
        Path text = Files.writeString(dir.resolve("upload.jar"), "hello");
        String signature = PluginSignatures.sign(acme.getPrivate(), "acme-iban", "1.0.0", Sha256.hex(text));
        assertEquals(Reason.NOT_A_JAR, refused(() -> verifier.verifyUpload(text, "acme", signature)).reason());
    }

    @Test
    void acceptsAnUnsignedLocalJarAsUnsigned() throws Exception {
        VerifiedPlugin verified = verifier.verifyLocal(jar);

        assertFalse(verified.signed());
        assertNull(verified.publisher());
        assertEquals("acme-iban", verified.jar().manifest().id());
    }

    @Test
    void localJarsStillPassInspectionAndThePlatformRange() {
        ObjectNode manifest = TestJars.manifest("acme-future", "1.0.0");
        manifest.put("platform", ">=1.0.0");
        Path future = TestJars.plugin(dir, "acme-future", "1.0.0").manifest(manifest).build();
        assertEquals(Reason.PLATFORM_UNSUPPORTED, refused(() -> verifier.verifyLocal(future)).reason());

        Path slip = TestJars.plugin(dir, "acme-slip", "1.0.0").entry("../../x", new byte[1]).build();
        assertEquals(Reason.UNSAFE_ENTRY, refused(() -> verifier.verifyLocal(slip)).reason());
    }

    @Test
    void refusesAMalformedPlatformVersion() {
        assertThrows(IllegalArgumentException.class, () -> new PluginVerifier(trusted, InspectionLimits.defaults(), "latest"));
    }

    private static PluginRejectedException refused(org.junit.jupiter.api.function.Executable call) {
        PluginRejectedException e = assertThrows(PluginRejectedException.class, call);
        PluginManifestParserTest.assertNoInternals(e);
        return e;
    }
}
