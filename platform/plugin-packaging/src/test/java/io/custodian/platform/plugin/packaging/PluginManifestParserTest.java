package io.custodian.platform.plugin.packaging;

import static io.custodian.platform.plugin.packaging.TestJars.bytes;
import static io.custodian.platform.plugin.packaging.TestJars.manifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginManifestParserTest {

    @Test
    void readsEveryFieldOfAValidManifest() throws Exception {
        PluginManifest m = PluginManifestParser.parse(bytes(manifest("acme-iban", "1.2.0")));

        assertEquals("acme-iban", m.id());
        assertEquals("ACME IBAN classifier", m.name());
        assertEquals("1.2.0", m.version());
        assertEquals("ACME Corp", m.vendor());
        assertEquals("Finds IBANs by checksum.", m.description());
        assertEquals(Set.of(PluginKind.CLASSIFIER), m.kinds());
        assertEquals(">=0.1.0 & <1.0.0", m.platformRange());
        assertEquals(Set.of(Scope.SAMPLES_READ), m.scopes());
        assertEquals("{\"type\":\"object\"}", m.configSchema());
    }

    @Test
    void optionalFieldsGetDefaults() throws Exception {
        ObjectNode json = manifest("acme-iban", "1.2.0");
        json.remove("vendor");
        json.remove("description");
        json.remove("scopes");
        json.remove("configSchema");

        PluginManifest m = PluginManifestParser.parse(bytes(json));

        assertEquals("", m.vendor());
        assertEquals("", m.description());
        assertEquals(Set.of(), m.scopes());
        assertEquals(PluginManifestParser.DEFAULT_CONFIG_SCHEMA, m.configSchema());
    }

    @Test
    void ignoresUnknownFieldsSoNewerManifestsStillLoad() throws Exception {
        ObjectNode json = manifest("acme-iban", "1.2.0");
        json.put("homepage", "https://acme.example");
        assertEquals("acme-iban", PluginManifestParser.parse(bytes(json)).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "version", "kinds", "platform"})
    void refusesAManifestWithoutARequiredField(String field) {
        ObjectNode json = manifest("acme-iban", "1.2.0");
        json.remove(field);

        PluginRejectedException e = refused(json);

        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertEquals("The plugin manifest META-INF/custodian-plugin.json has no \"" + field + "\" field.", e.getMessage());
    }

    @Test
    void namesTheFieldAndBothTypesWhenATypeIsWrong() {
        ObjectNode json = manifest("acme-iban", "1.2.0");
        json.put("version", 5);

        PluginRejectedException e = refused(json);

        assertEquals("The plugin manifest META-INF/custodian-plugin.json field \"version\" must be a string, but it is a number.",
                e.getMessage());
    }

    @Test
    void refusesWrongTypesInListsAndObjects() {
        ObjectNode kindsAsString = manifest("acme-iban", "1.2.0");
        kindsAsString.put("kinds", "classifier");
        assertTrue(refused(kindsAsString).getMessage().contains("field \"kinds\" must be an array, but it is a string"));

        ObjectNode scopeAsNumber = manifest("acme-iban", "1.2.0");
        scopeAsNumber.putArray("scopes").add(3);
        assertTrue(refused(scopeAsNumber).getMessage().contains("field \"scopes[0]\" must be a string, but it is a number"));

        ObjectNode schemaAsArray = manifest("acme-iban", "1.2.0");
        schemaAsArray.putArray("configSchema");
        assertTrue(refused(schemaAsArray).getMessage().contains("field \"configSchema\" must be an object, but it is an array"));

        ObjectNode nameNull = manifest("acme-iban", "1.2.0");
        nameNull.putNull("name");
        assertTrue(refused(nameNull).getMessage().contains("field \"name\" must be a string, but it is null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Acme", "-acme", "acme_iban", "acme iban", "../acme",
            "a12345678901234567890123456789012345678901234567890123456789012345"})
    void refusesMalformedIds(String id) {
        PluginRejectedException e = refused(manifest(id, "1.0.0"));
        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertTrue(e.getMessage().contains("field \"id\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "v1.0.0", "01.0.0", "1.0.0.0", " 1.0.0", "99999999999999999999.0.0", "latest"})
    void refusesMalformedVersions(String version) {
        PluginRejectedException e = refused(manifest("acme-iban", version));
        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertTrue(e.getMessage().contains("field \"version\"") && e.getMessage().contains("not a semantic version"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {">=0.1.0 <1.0.0", "garbage", ">=99999999999999999999.0.0", "((>=0.1.0)", ">= & <"})
    void refusesMalformedPlatformRangesWithAHint(String range) {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.put("platform", range);

        PluginRejectedException e = refused(json);

        assertTrue(e.getMessage().contains("field \"platform\"") && e.getMessage().contains(">=0.1.0 & <1.0.0"), e.getMessage());
    }

    @Test
    void refusesAnUnknownKindListingTheKnownOnes() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.putArray("kinds").add("classifier").add("widget");

        PluginRejectedException e = refused(json);

        assertEquals("The plugin manifest META-INF/custodian-plugin.json field \"kinds\" names an unknown kind \"widget\";"
                + " known kinds are connector, classifier, visualization.", e.getMessage());
    }

    @Test
    void refusesAnUnknownScope() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.putArray("scopes").add("root.access");

        PluginRejectedException e = refused(json);

        assertTrue(e.getMessage().contains("unknown scope \"root.access\"; known scopes are catalog.read"), e.getMessage());
    }

    @Test
    void refusesAnEmptyKindsList() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.putArray("kinds");
        assertTrue(refused(json).getMessage().contains("field \"kinds\" must list at least one entry"));
    }

    @Test
    void refusesMoreThanTwentyScopes() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        var scopes = json.putArray("scopes");
        for (int i = 0; i < 21; i++) {
            scopes.add("samples.read");
        }
        assertTrue(refused(json).getMessage().contains("field \"scopes\" lists 21 entries; at most 20 are allowed"));
    }

    @Test
    void refusesOverlongTexts() {
        ObjectNode longName = manifest("acme-iban", "1.0.0");
        longName.put("name", "n".repeat(201));
        assertTrue(refused(longName).getMessage().contains("field \"name\" is longer than 200 characters (it has 201)"));

        ObjectNode longDescription = manifest("acme-iban", "1.0.0");
        longDescription.put("description", "d".repeat(2001));
        assertTrue(refused(longDescription).getMessage().contains("field \"description\" is longer than 2000 characters"));

        ObjectNode longVendor = manifest("acme-iban", "1.0.0");
        longVendor.put("vendor", "v".repeat(201));
        assertTrue(refused(longVendor).getMessage().contains("field \"vendor\" is longer than 200 characters"));
    }

    @Test
    void refusesControlCharactersInTheName() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.put("name", "ACME\nInstall me");
        assertTrue(refused(json).getMessage().contains("field \"name\" contains line breaks or other control characters"));
    }

    @Test
    void refusesAManifestOver64KiBAsTooLarge() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.putObject("configSchema").put("description", "x".repeat(70_000));

        PluginRejectedException e = refused(json);

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("the limit is 64.0 KiB"), e.getMessage());
    }

    @Test
    void refusesDeeplyNestedJsonWithoutOverflowingTheStack() {
        String deep = "{\"type\":\"object\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String json = new String(bytes(manifest("acme-iban", "1.0.0")), StandardCharsets.UTF_8)
                .replace("{\"type\":\"object\"}", deep);

        PluginRejectedException e = refused(json.getBytes(StandardCharsets.UTF_8));

        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertTrue(e.getMessage().contains("nests arrays or objects more than 64 levels deep"), e.getMessage());
    }

    @Test
    void refusesHugeNumbers() {
        String json = new String(bytes(manifest("acme-iban", "1.0.0")), StandardCharsets.UTF_8)
                .replace("{\"type\":\"object\"}", "{\"maximum\":" + "9".repeat(500) + "}");
        assertTrue(refused(json.getBytes(StandardCharsets.UTF_8)).getMessage().contains("a number has more than 100 digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n  "})
    void refusesAnEmptyManifest(String content) {
        PluginRejectedException e = refused(content.getBytes(StandardCharsets.UTF_8));
        assertEquals("The plugin manifest META-INF/custodian-plugin.json is empty.", e.getMessage());
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertEquals("The plugin manifest META-INF/custodian-plugin.json must be a JSON object, but it is an array.",
                refused("[1,2]".getBytes(StandardCharsets.UTF_8)).getMessage());
    }

    @Test
    void refusesBrokenJsonNamingTheLine() {
        PluginRejectedException e = refused("{\n\"id\": \"acme\",\n}".getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("The plugin manifest META-INF/custodian-plugin.json is not valid JSON (line 3"),
                e.getMessage());
        assertNoInternals(e);
    }

    @Test
    void refusesTrailingContentAfterTheObject() {
        byte[] json = (new String(bytes(manifest("acme-iban", "1.0.0")), StandardCharsets.UTF_8) + " {}")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.MANIFEST_INVALID, refused(json).reason());
    }

    @Test
    void refusesDuplicateFieldsSoNoTwoReadersSeeDifferentIds() {
        byte[] json = "{\"id\":\"good\",\"id\":\"evil\"}".getBytes(StandardCharsets.UTF_8);
        PluginRejectedException e = refused(json);
        assertTrue(e.getMessage().contains("Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] json = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        PluginRejectedException e = refused(json);
        assertEquals(Reason.MANIFEST_INVALID, e.reason());
        assertNoInternals(e);
    }

    @Test
    void messagesQuoteHugeValuesOnlyInPart() {
        ObjectNode json = manifest("acme-iban", "1.0.0");
        json.put("version", "9".repeat(120) + "x");
        String message = refused(json).getMessage();
        assertTrue(message.length() < 300, message);
    }

    static void assertNoInternals(PluginRejectedException e) {
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
        assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    private static PluginRejectedException refused(ObjectNode json) {
        return refused(bytes(json));
    }

    private static PluginRejectedException refused(byte[] json) {
        PluginRejectedException e = assertThrows(PluginRejectedException.class, () -> PluginManifestParser.parse(json));
        assertNoInternals(e);
        return e;
    }
}
