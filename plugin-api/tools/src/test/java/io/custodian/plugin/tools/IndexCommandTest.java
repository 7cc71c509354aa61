package io.custodian.plugin.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.plugin.packaging.MarketplaceIndex;
import io.custodian.platform.plugin.packaging.MarketplaceIndexParser;
import io.custodian.platform.plugin.packaging.MarketplacePlugin;
import io.custodian.platform.plugin.packaging.MarketplaceVersion;
import io.custodian.platform.plugin.packaging.PluginSignatures;
import io.custodian.platform.plugin.packaging.Sha256;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

    @TempDir
    Path dir;

    private Path market;
    private Path key;
    private TrustedPublishers trusted;

    @BeforeEach
    void createKey() {
        trusted = TrustedPublishers.parse(ToolRun.of("keygen", "--out", dir.resolve("keys").toString(), "--publisher", "acme").lastLine());
        key = dir.resolve("keys/acme.key");
        market = dir.resolve("market");
    }

    @Test
    void copiesSignsAndListsEachJar() throws Exception {
        Path badges = TestPlugins.classifier(dir, "acme-badges", "1.0.0", "a");

        ToolRun run = index("--name", "ACME plugins", badges.toString());

        assertEquals(0, run.exitCode(), run.toString());
        MarketplaceIndex index = read();
        assertEquals("ACME plugins", index.name());
        MarketplacePlugin plugin = index.plugins().get(0);
        assertEquals("acme-badges", plugin.id());
        assertEquals("Test acme-badges", plugin.name());
        assertEquals("acme", plugin.publisher());
        assertEquals(Set.of(PluginKind.CLASSIFIER), plugin.kinds());
        MarketplaceVersion version = plugin.versions().get(0);
        assertEquals("acme-badges-1.0.0.jar", version.file());
        assertEquals(Sha256.hex(badges), version.sha256());
        assertEquals(Files.size(badges), version.size());
        assertEquals(Set.of(Scope.SAMPLES_READ), version.scopes());
        assertArrayEquals(Files.readAllBytes(badges), Files.readAllBytes(market.resolve(version.file())));
        PluginSignatures.verify(trusted, "acme", version.signature(), "acme-badges", "1.0.0", version.sha256());
        assertTrue(run.out().contains("Wrote " + market.resolve("index.json") + " (1 plugins, 1 versions)"), run.out());
    }

    @Test
    void addsANewVersionNewestFirstAndKeepsTheOldOne() throws Exception {
        index(TestPlugins.classifier(dir, "acme-badges", "1.0.0", "a").toString());
        Path later = TestPlugins.classifier(dir, "acme-badges", "1.10.0", "b");
        index(TestPlugins.classifier(dir, "acme-other", "0.1.0", "a").toString());

        ToolRun run = index(later.toString());

        assertEquals(0, run.exitCode(), run.toString());
        MarketplacePlugin plugin = read().plugins().stream().filter(p -> p.id().equals("acme-badges")).findFirst().orElseThrow();
        assertEquals(List.of("1.10.0", "1.0.0"), plugin.versions().stream().map(MarketplaceVersion::version).toList());
        assertEquals("A test classifier b", plugin.description());
        assertEquals(2, read().plugins().size());
        assertTrue(Files.exists(market.resolve("acme-badges-1.0.0.jar")));
        assertTrue(Files.exists(market.resolve("acme-badges-1.10.0.jar")));
    }

    @Test
    void refusesOtherBytesUnderAPublishedVersionUnlessReplacing() throws Exception {
        Path original = TestPlugins.classifier(dir.resolve("one"), "acme-badges", "1.0.0", "a");
        index(original.toString());
        byte[] indexBefore = Files.readAllBytes(market.resolve("index.json"));
        Path rebuilt = TestPlugins.classifier(dir.resolve("two"), "acme-badges", "1.0.0", "changed");

        ToolRun refused = index(rebuilt.toString());

        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("acme-badges 1.0.0 is already in the index with other content"), refused.err());
        assertArrayEquals(indexBefore, Files.readAllBytes(market.resolve("index.json")));
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(market.resolve("acme-badges-1.0.0.jar")));

        ToolRun replaced = index("--replace", rebuilt.toString());

        assertEquals(0, replaced.exitCode(), replaced.toString());
        assertEquals(Sha256.hex(rebuilt), read().plugins().get(0).versions().get(0).sha256());
        assertArrayEquals(Files.readAllBytes(rebuilt), Files.readAllBytes(market.resolve("acme-badges-1.0.0.jar")));
    }

    @Test
    void refusesAVersionSignedByAnotherPublisherThanThePluginsOwn() throws Exception {
        index(TestPlugins.classifier(dir, "acme-badges", "1.0.0", "a").toString());
        ToolRun.of("keygen", "--out", dir.resolve("keys").toString(), "--publisher", "mallory");
        Path intruder = TestPlugins.classifier(dir.resolve("m"), "acme-badges", "2.0.0", "evil");

        ToolRun run = ToolRun.of("index", "--dir", market.toString(), "--key", dir.resolve("keys/mallory.key").toString(),
                "--publisher", "mallory", intruder.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("plugin acme-badges is published by 'acme' in this index"), run.err());
        assertFalse(Files.exists(market.resolve("acme-badges-2.0.0.jar")));
    }

    @Test
    void leavesTheFolderUntouchedWhenOneOfSeveralJarsIsRefused() throws Exception {
        Path good = TestPlugins.classifier(dir, "acme-badges", "1.0.0", "a");
        Path bad = TestPlugins.withoutManifest(dir);

        ToolRun run = index(good.toString(), bad.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("plain.jar is not a usable plugin jar"), run.err());
        assertFalse(Files.exists(market.resolve("index.json")));
        assertFalse(Files.exists(market.resolve("acme-badges-1.0.0.jar")));
    }

    @Test
    void refusesToExtendAnIndexThatIsNotValid() throws Exception {
        Files.createDirectories(market);
        Files.writeString(market.resolve("index.json"), "{\"plugins\": 42}");

        ToolRun run = index(TestPlugins.classifier(dir, "acme-badges", "1.0.0", "a").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("index.json is not a valid marketplace index"), run.err());
    }

    private ToolRun index(String... extra) {
        List<String> args = new ArrayList<>(List.of("index", "--dir", market.toString(), "--key", key.toString(),
                "--publisher", "acme"));
        args.addAll(List.of(extra));
        return ToolRun.of(args.toArray(String[]::new));
    }

    private MarketplaceIndex read() throws Exception {
        return MarketplaceIndexParser.parse(Files.readAllBytes(market.resolve("index.json")));
    }
}
