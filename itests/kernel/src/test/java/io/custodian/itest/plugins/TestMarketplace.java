package io.custodian.itest.plugins;

import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplaceIndexWriter;
import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.Sha256;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A marketplace folder for the tests, built before the distribution boots: the echo classifier in two signed
 * versions, the misbehaving classifier, and one entry for each way a download must be refused (no signature,
 * an untrusted publisher, a signature that does not match, a jar changed after signing, a platform range the
 * platform is outside of). Keys are generated per run; only the public key goes into the configuration.
 */
public final class TestMarketplace {

    /** The publisher the distribution trusts. */
    public static final String PUBLISHER = "it-publisher";
    static final String RANGE = ">=0.1.0 & <1.0.0";

    private final Path folder;
    private final KeyPair trusted = PluginSignatures.generateKeyPair();
    private final KeyPair stranger = PluginSignatures.generateKeyPair();
    private final List<MarketplacePlugin> plugins = new ArrayList<>();

    private TestMarketplace(Path folder) {
        this.folder = folder;
    }

    /**
     * Writes the marketplace into {@code folder} and answers the {@code trustedPublishers} setting that trusts it.
     */
    public static String build(Path folder, Path echoJar, Path misbehavingJar) throws IOException {
        TestMarketplace market = new TestMarketplace(folder);
        Files.createDirectories(folder);
        market.add("it-echo", PUBLISHER,
                market.version(echoJar, "it-echo", "1.0.0", RANGE, Set.of(Scope.SAMPLES_READ)),
                market.version(echoJar, "it-echo", "1.1.0", RANGE, Set.of(Scope.SAMPLES_READ)));
        market.add("it-misbehaving", PUBLISHER, market.version(misbehavingJar, "it-misbehaving", "1.0.0", RANGE, Set.of()));
        market.add("it-future", PUBLISHER, market.version(misbehavingJar, "it-future", "1.0.0", ">=9.0.0", Set.of()));
        MarketplaceVersion good = market.version(misbehavingJar, "it-unsigned", "1.0.0", RANGE, Set.of());
        market.add("it-unsigned", PUBLISHER, withSignature(good, null));
        MarketplaceVersion foreign = market.version(misbehavingJar, "it-untrusted", "1.0.0", RANGE, Set.of());
        market.add("it-untrusted", "stranger", withSignature(foreign,
                PluginSignatures.sign(market.stranger.getPrivate(), "it-untrusted", "1.0.0", foreign.sha256())));
        MarketplaceVersion forged = market.version(misbehavingJar, "it-forged", "1.0.0", RANGE, Set.of());
        market.add("it-forged", PUBLISHER, withSignature(forged,
                PluginSignatures.sign(market.stranger.getPrivate(), "it-forged", "1.0.0", forged.sha256())));
        MarketplaceVersion tampered = market.version(misbehavingJar, "it-tampered", "1.0.0", RANGE, Set.of());
        Files.write(folder.resolve(tampered.file()), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        market.add("it-tampered", PUBLISHER, tampered);
        Path slip = zipSlip(misbehavingJar, folder.resolve("it-zipslip-1.0.0.jar"));
        market.add("it-zipslip", PUBLISHER, market.signedAsIs(slip, "it-zipslip", "1.0.0"));
        Files.write(folder.resolve("index.json"), MarketplaceIndexWriter.write(new MarketplaceIndex("it", market.plugins)));
        return PUBLISHER + "=" + PluginSignatures.encodePublic(market.trusted.getPublic());
    }

    /** A jar made from {@code source} with this id, version and range, signed by the trusted publisher. */
    private MarketplaceVersion version(Path source, String id, String version, String range, Set<Scope> scopes)
            throws IOException {
        Path jar = JarRewriter.rewrite(source, folder.resolve(id + "-" + version + ".jar"), id, version, range);
        String sha = Sha256.hex(jar);
        return new MarketplaceVersion(version, jar.getFileName().toString(), sha,
                PluginSignatures.sign(trusted.getPrivate(), id, version, sha), scopes, range, Files.size(jar),
                Instant.parse("2026-11-22T00:00:00Z"));
    }

    /** An index entry for {@code jar} exactly as it is, signed by the trusted publisher. */
    private MarketplaceVersion signedAsIs(Path jar, String id, String version) throws IOException {
        String sha = Sha256.hex(jar);
        return new MarketplaceVersion(version, jar.getFileName().toString(), sha,
                PluginSignatures.sign(trusted.getPrivate(), id, version, sha), Set.of(), RANGE, Files.size(jar),
                Instant.parse("2026-11-22T00:00:00Z"));
    }

    /** A valid plugin jar plus one entry whose name climbs out of any folder it is unpacked into. */
    private static Path zipSlip(Path source, Path target) throws IOException {
        Path renamed = JarRewriter.rewrite(source, target.resolveSibling("zipslip-base.jar"), "it-zipslip", "1.0.0", RANGE);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(renamed.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("../../etc/evil.cfg"));
            out.write("owned = true\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.delete(renamed);
        return target;
    }

    private void add(String id, String publisher, MarketplaceVersion... versions) {
        plugins.add(new MarketplacePlugin(id, "IT " + id, "Test plugin " + id, "Custodian integration tests", publisher,
                Set.of(PluginKind.CLASSIFIER), List.of(versions)));
    }

    private static MarketplaceVersion withSignature(MarketplaceVersion v, String signature) {
        return new MarketplaceVersion(v.version(), v.file(), v.sha256(), signature, v.scopes(), v.platformRange(), v.size(),
                v.publishedAt());
    }
}
