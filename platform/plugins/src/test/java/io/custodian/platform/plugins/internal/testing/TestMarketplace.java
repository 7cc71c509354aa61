package io.custodian.platform.plugins.internal.testing;

import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplaceIndexWriter;
import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.Sha256;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A marketplace folder with an index.json, its jars signed by the publisher {@value #PUBLISHER}
 * whose key the host trusts (see {@link #trusted()}).
 */
public final class TestMarketplace {

    public static final String PUBLISHER = "acme";

    private final Path folder;
    private final KeyPair keys = PluginSignatures.generateKeyPair();
    private final Map<String, List<MarketplaceVersion>> versions = new LinkedHashMap<>();
    private final Map<String, Set<PluginKind>> kinds = new LinkedHashMap<>();

    public TestMarketplace(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The trusted publishers setting that trusts this marketplace's publisher. */
    public TrustedPublishers trusted() {
        return TrustedPublishers.parse(PUBLISHER + "=" + PluginSignatures.encodePublic(keys.getPublic()));
    }

    /** The signature of this marketplace's publisher over a jar. */
    public String sign(String id, String version, Path jar) {
        return PluginSignatures.sign(keys.getPrivate(), id, version, Sha256.hex(jar));
    }

    /** Publishes a jar built by {@code plugin}, signed; {@code platform} is the range the index lists. */
    public Path publish(TestJars plugin, String id, String version, String platform, String... scopes) {
        Path jar = plugin.writeTo(folder);
        return publish(jar, id, version, platform, sign(id, version, jar), scopes);
    }

    /** Lists a jar already in the folder under the given facts and signature (null for unsigned). */
    public Path publish(Path jar, String id, String version, String platform, String signature, String... scopes) {
        Set<Scope> scopeSet = EnumSet.noneOf(Scope.class);
        for (String scope : scopes) {
            scopeSet.add(Scope.fromId(scope).orElseThrow());
        }
        versions.computeIfAbsent(id, k -> new ArrayList<>()).add(new MarketplaceVersion(version,
                jar.getFileName().toString(), Sha256.hex(jar), signature, scopeSet, platform, size(jar),
                Instant.parse("2026-01-01T00:00:00Z")));
        kinds.put(id, Set.of(PluginKind.CLASSIFIER));
        writeIndex();
        return jar;
    }

    private void writeIndex() {
        List<MarketplacePlugin> plugins = versions.entrySet().stream().map(e -> new MarketplacePlugin(e.getKey(),
                "Test " + e.getKey(), "Finds " + e.getKey() + " in columns", "Tests", PUBLISHER,
                kinds.get(e.getKey()), e.getValue())).collect(Collectors.toList());
        try {
            Files.write(folder.resolve("index.json"),
                    MarketplaceIndexWriter.write(new MarketplaceIndex("Test marketplace", plugins)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
