package io.custodian.platform.plugin.packaging;

import static io.custodian.platform.plugin.packaging.PluginManifestParserTest.assertNoInternals;
import static io.custodian.platform.plugin.packaging.TestJars.JSON;
import static io.custodian.platform.plugin.packaging.TestJars.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketplaceIndexParserTest {

    static final String SHA = "0123456789abcdef".repeat(4);

    static ObjectNode index() {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "Custodian built-in");
        root.putArray("plugins").add(plugin("patterns"));
        return root;
    }

    static ObjectNode plugin(String id) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id);
        p.put("name", "Pattern classifier");
        p.put("description", "Finds e-mail addresses and IBANs.");
        p.put("vendor", "Custodian");
        p.put("publisher", "custodian");
        p.putArray("kinds").add("classifier");
        p.putArray("versions").add(version("1.0.0"));
        return p;
    }

    static ObjectNode version(String version) {
        ObjectNode v = JSON.createObjectNode();
        v.put("version", version);
        v.put("file", "patterns-" + version + ".jar");
        v.put("sha256", SHA);
        v.put("signature", "c2lnbmF0dXJl");
        v.putArray("scopes").add("samples.read");
        v.put("platform", ">=0.1.0 & <1.0.0");
        v.put("size", 12345);
        v.put("publishedAt", "2026-11-22T00:00:00Z");
        return v;
    }

    private static ObjectNode firstPlugin(ObjectNode index) {
        return (ObjectNode) index.get("plugins").get(0);
    }

    private static ObjectNode firstVersion(ObjectNode index) {
        return (ObjectNode) firstPlugin(index).get("versions").get(0);
    }

    @Test
    void readsAValidIndex() throws Exception {
        MarketplaceIndex index = MarketplaceIndexParser.parse(bytes(index()));

        assertEquals("Custodian built-in", index.name());
        MarketplacePlugin plugin = index.plugin("patterns").orElseThrow();
        assertEquals("Pattern classifier", plugin.name());
        assertEquals("custodian", plugin.publisher());
        assertEquals(Set.of(PluginKind.CLASSIFIER), plugin.kinds());
        MarketplaceVersion v = plugin.version("1.0.0").orElseThrow();
        assertEquals("patterns-1.0.0.jar", v.file());
        assertEquals(SHA, v.sha256());
        assertEquals("c2lnbmF0dXJl", v.signature());
        assertEquals(Set.of(Scope.SAMPLES_READ), v.scopes());
        assertEquals(">=0.1.0 & <1.0.0", v.platformRange());
        assertEquals(12345, v.size());
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"), v.publishedAt());
    }

    @Test
    void writerAndParserRoundTrip() throws Exception {
        ObjectNode json = index();
        ObjectNode unsigned = version("2.0.0");
        unsigned.remove("signature");
        unsigned.remove("publishedAt");
        ((ArrayNode) firstPlugin(json).get("versions")).add(unsigned);
        ((ArrayNode) json.get("plugins")).add(plugin("charts"));
        MarketplaceIndex parsed = MarketplaceIndexParser.parse(bytes(json));

        MarketplaceIndex again = MarketplaceIndexParser.parse(MarketplaceIndexWriter.write(parsed));

        assertEquals(parsed, again);
        assertNull(again.plugin("patterns").orElseThrow().version("2.0.0").orElseThrow().signature());
    }

    @Test
    void anEmptyMarketplaceIsValid() throws Exception {
        assertEquals(List.of(), MarketplaceIndexParser.parse("{\"plugins\":[]}".getBytes(StandardCharsets.UTF_8)).plugins());
    }

    @Test
    void upperCaseChecksumsAreNormalisedToLowerCase() throws Exception {
        ObjectNode json = index();
        firstVersion(json).put("sha256", SHA.toUpperCase());
        assertEquals(SHA, MarketplaceIndexParser.parse(bytes(json)).plugins().get(0).versions().get(0).sha256());
    }

    @Test
    void findsTheNewestVersionThePlatformSupports() throws Exception {
        ObjectNode json = index();
        ArrayNode versions = (ArrayNode) firstPlugin(json).get("versions");
        versions.add(version("1.10.0"));
        versions.add(version("1.9.0"));
        versions.add(version("2.0.0").put("platform", ">=1.0.0"));
        MarketplacePlugin plugin = MarketplaceIndexParser.parse(bytes(json)).plugins().get(0);

        assertEquals("2.0.0", plugin.newest().orElseThrow().version());
        assertEquals("1.10.0", plugin.newestSupported("0.1.0-SNAPSHOT").orElseThrow().version());
    }

    @Test
    void refusesAnIndexWithoutPlugins() {
        assertEquals("The marketplace index has no \"plugins\" field.", refused("{\"name\":\"x\"}").getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "publisher", "kinds", "versions"})
    void refusesAPluginWithoutARequiredField(String field) {
        ObjectNode json = index();
        firstPlugin(json).remove(field);
        String where = field.equals("id") ? "Plugin entry 1 of the marketplace index" : "Plugin \"patterns\" in the marketplace index";
        assertEquals(where + " has no \"" + field + "\" field.", refused(json).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"version", "file", "sha256", "platform", "size"})
    void refusesAVersionWithoutARequiredField(String field) {
        ObjectNode json = index();
        firstVersion(json).remove(field);
        String where = field.equals("version") ? "Version entry 1" : "Version 1.0.0";
        assertEquals(where + " of plugin \"patterns\" in the marketplace index has no \"" + field + "\" field.",
                refused(json).getMessage());
    }

    @Test
    void refusesWrongJsonTypesNamingPluginVersionAndField() {
        ObjectNode json = index();
        firstVersion(json).put("size", "12345");
        assertEquals("Version 1.0.0 of plugin \"patterns\" in the marketplace index field \"size\" must be a number, but it is a string.",
                refused(json).getMessage());

        ObjectNode pluginsAsObject = index();
        pluginsAsObject.putObject("plugins");
        assertEquals("The marketplace index field \"plugins\" must be an array, but it is an object.", refused(pluginsAsObject).getMessage());

        ObjectNode pluginAsString = index();
        ((ArrayNode) pluginAsString.get("plugins")).insert(0, "patterns");
        assertEquals("Plugin entry 1 of the marketplace index must be a JSON object, but it is a string.",
                refused(pluginAsString).getMessage());
    }

    @Test
    void refusesSizesThatAreNegativeFractionalOrHuge() {
        ObjectNode negative = index();
        firstVersion(negative).put("size", -1);
        assertTrue(refused(negative).getMessage().endsWith("field \"size\" must be at least 0, but it is -1."));

        ObjectNode fraction = index();
        firstVersion(fraction).put("size", 1.5);
        assertTrue(refused(fraction).getMessage().endsWith("field \"size\" must be a whole number, but it is 1.5."));

        ObjectNode huge = index();
        firstVersion(huge).put("size", new java.math.BigInteger("9".repeat(40)));
        assertTrue(refused(huge).getMessage().endsWith("field \"size\" is too large."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../patterns.jar", "a/../../b.jar", "https://evil.example/x.jar", "//evil.example/x.jar",
            "C:\\plugins\\x.jar", "C:x.jar", "plugins\\x.jar", "%2e%2e/x.jar", "a//b.jar", "./x.jar", ""})
    void refusesFilesThatAreAbsoluteOrEscapeTheMarketplace(String file) {
        ObjectNode json = index();
        firstVersion(json).put("file", file);

        PluginRejectedException e = refused(json);

        assertEquals(Reason.INDEX_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith("Version 1.0.0 of plugin \"patterns\" in the marketplace index field \"file\""),
                e.getMessage());
    }

    @Test
    void acceptsFilesInSubfolders() throws Exception {
        ObjectNode json = index();
        firstVersion(json).put("file", "plugins/patterns/patterns-1.0.0+build.5.jar");
        assertEquals("plugins/patterns/patterns-1.0.0+build.5.jar",
                MarketplaceIndexParser.parse(bytes(json)).plugins().get(0).versions().get(0).file());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0123456789abcdef", "g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void refusesChecksumsThatAreNotSha256Hex(String sha) {
        ObjectNode json = index();
        firstVersion(json).put("sha256", sha);
        assertTrue(refused(json).getMessage().contains("field \"sha256\" must be 64 hexadecimal digits"));
    }

    @Test
    void refusesUnknownKindsAndScopes() {
        ObjectNode kind = index();
        firstPlugin(kind).putArray("kinds").add("widget");
        assertTrue(refused(kind).getMessage().contains("names an unknown kind \"widget\""));

        ObjectNode scope = index();
        firstVersion(scope).putArray("scopes").add("root");
        assertTrue(refused(scope).getMessage().contains("names an unknown scope \"root\""));
    }

    @Test
    void refusesMalformedVersionsRangesAndDates() {
        ObjectNode version = index();
        firstVersion(version).put("version", "1.0");
        assertTrue(refused(version).getMessage().contains("not a semantic version"));

        ObjectNode range = index();
        firstVersion(range).put("platform", ">=0.1.0 <1.0.0");
        assertTrue(refused(range).getMessage().contains("field \"platform\""));

        ObjectNode date = index();
        firstVersion(date).put("publishedAt", "yesterday");
        assertTrue(refused(date).getMessage().contains("field \"publishedAt\" is \"yesterday\", but it must be an ISO-8601"));
    }

    @Test
    void refusesDuplicatePluginsAndVersions() {
        ObjectNode plugins = index();
        ((ArrayNode) plugins.get("plugins")).add(plugin("patterns"));
        assertEquals("The marketplace index lists plugin \"patterns\" twice.", refused(plugins).getMessage());

        ObjectNode versions = index();
        ((ArrayNode) firstPlugin(versions).get("versions")).add(version("1.0.0"));
        assertEquals("Plugin \"patterns\" in the marketplace index lists version 1.0.0 twice.", refused(versions).getMessage());
    }

    @Test
    void refusesAPluginWithoutVersions() {
        ObjectNode json = index();
        firstPlugin(json).putArray("versions");
        assertTrue(refused(json).getMessage().endsWith("field \"versions\" must list at least one entry."));
    }

    @Test
    void refusesMoreThanTenThousandPlugins() {
        StringBuilder json = new StringBuilder("{\"plugins\":[");
        for (int i = 0; i <= MarketplaceIndexParser.MAX_PLUGINS; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        json.append("]}");
        assertEquals("The marketplace index field \"plugins\" lists 10001 entries; at most 10000 are allowed.",
                refused(json.toString()).getMessage());
    }

    @Test
    void refusesMoreThanAThousandVersions() {
        ObjectNode json = index();
        ArrayNode versions = (ArrayNode) firstPlugin(json).get("versions");
        for (int i = 0; i < MarketplaceIndexParser.MAX_VERSIONS; i++) {
            versions.add(JSON.createObjectNode());
        }
        assertTrue(refused(json).getMessage().endsWith("field \"versions\" lists 1001 entries; at most 1000 are allowed."));
    }

    @Test
    void refusesAnIndexOverEightMiB() {
        byte[] big = new byte[MarketplaceIndexParser.MAX_INDEX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> MarketplaceIndexParser.parse(big));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("The marketplace index is 8,388,609 bytes; the limit is 8,388,608 bytes.", e.getMessage());
    }

    @Test
    void refusesHugeStringsAndDeepNesting() {
        String huge = "{\"plugins\":[],\"x\":\"" + "y".repeat(70_000) + "\"}";
        assertTrue(refused(huge).getMessage().contains("a text value is longer than 65536 characters"));

        String deep = "{\"plugins\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertTrue(refused(deep).getMessage().contains("nests arrays or objects more than 32 levels deep"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "\"index\"", "{", "{\"plugins\":[]} trailing"})
    void refusesDocumentsThatAreNoIndex(String json) {
        PluginRejectedException e = refused(json);
        assertEquals(Reason.INDEX_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith("The marketplace index "), e.getMessage());
    }

    private static PluginRejectedException refused(ObjectNode json) {
        return refused(new String(bytes(json), StandardCharsets.UTF_8));
    }

    private static PluginRejectedException refused(String json) {
        PluginRejectedException e = assertThrows(PluginRejectedException.class,
                () -> MarketplaceIndexParser.parse(json.getBytes(StandardCharsets.UTF_8)));
        assertNoInternals(e);
        return e;
    }
}
