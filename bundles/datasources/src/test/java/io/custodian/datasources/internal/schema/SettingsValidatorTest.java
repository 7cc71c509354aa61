package io.custodian.datasources.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugins.h2.H2Connector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    /** Shaped like the database connectors' schemas. */
    private static final ConfigSchema SERVER = ConfigSchema.parse("""
            {"type": "object",
             "properties": {
               "host": {"type": "string", "minLength": 1},
               "port": {"type": "integer", "minimum": 1, "maximum": 65535, "default": 5432},
               "database": {"type": "string"},
               "user": {"type": "string"},
               "password": {"type": "string", "writeOnly": true},
               "sslmode": {"type": "string", "enum": ["disable", "require", "verify-full"]},
               "tls": {"type": "boolean"},
               "ratio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}},
             "required": ["host", "user", "password"],
             "additionalProperties": false}""");

    private static final ConfigSchema H2 = ConfigSchema.parse(new H2Connector().describe().configSchema());

    @Test
    void readsTheSchemaOfARealConnector() {
        assertEquals(Set.of("password"), H2.secretNames());
        assertEquals(Set.of("url"), H2.required());
        assertFalse(H2.additionalProperties());
        assertEquals("string", H2.property("url").orElseThrow().type());
    }

    @Test
    void acceptsValidSettingsAndTurnsThemIntoText() {
        SettingsValidator.Result result = validate(Map.of("host", "db", "port", 5432, "user", "reader", "tls", true,
                "ratio", 0.25, "sslmode", "require"), Set.of("password"));

        assertTrue(result.valid(), result.violations().toString());
        assertEquals(Map.of("host", "db", "port", "5432", "user", "reader", "tls", "true", "ratio", "0.25",
                "sslmode", "require"), result.settings());
    }

    @Test
    void acceptsTypedTextAsTheShellGivesIt() {
        SettingsValidator.Result result = validate(Map.of("host", "db", "port", "5433", "user", "u", "tls", "TRUE"),
                Set.of("password"));

        assertTrue(result.valid(), result.violations().toString());
        assertEquals("5433", result.settings().get("port"));
        assertEquals("true", result.settings().get("tls"));
    }

    @Test
    void namesEveryWrongFieldWithoutItsValue() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("host", "");
        settings.put("port", 70000);
        settings.put("user", 12);
        settings.put("tls", "yes");
        settings.put("sslmode", "sometimes");
        settings.put("ratio", 1);
        settings.put("colour", "blue");

        SettingsValidator.Result result = validate(settings, Set.of("password"));

        assertEquals(Map.of(
                "settings.host", "must not be empty",
                "settings.port", "must be at most 65535",
                "settings.user", "must be a string",
                "settings.tls", "must be true or false",
                "settings.sslmode", "must be one of disable, require, verify-full",
                "settings.ratio", "must be less than 1",
                "settings.colour", "is not a setting of this type"), messages(result));
        assertTrue(result.violations().stream().noneMatch(v -> v.message().contains("blue") || v.message().contains("yes")));
    }

    @Test
    void refusesFractionsAndNestedValuesForIntegers() {
        assertEquals("must be an integer", messages(validate(Map.of("host", "h", "user", "u", "port", 5432.5),
                Set.of("password"))).get("settings.port"));
        assertEquals("must be an integer", messages(validate(Map.of("host", "h", "user", "u", "port", Map.of()),
                Set.of("password"))).get("settings.port"));
        assertTrue(validate(Map.of("host", "h", "user", "u", "port", 5432.0), Set.of("password")).valid());
    }

    @Test
    void requiresSettingsAndSecretsInTheirOwnPlace() {
        SettingsValidator.Result result = validate(Map.of("database", "d"), Set.of());

        assertEquals(Map.of("settings.host", "is required", "settings.user", "is required",
                "secrets.password", "is required"), messages(result));
    }

    @Test
    void aSecretNeverTravelsAsASettingNorASettingAsASecret() {
        SettingsValidator.Result result = validate(Map.of("host", "h", "user", "u", "password", "oops"),
                Set.of("user", "password", "unknown"));

        Map<String, String> messages = messages(result);
        assertEquals("is a secret setting: send it in secrets, never in settings", messages.get("settings.password"));
        assertEquals("is not a secret setting: send it in settings", messages.get("secrets.user"));
        assertEquals("is not a setting of this type", messages.get("secrets.unknown"));
        assertFalse(result.settings().containsKey("password"));
    }

    @Test
    void checksPatternsAsJsonSchemaDoes() {
        assertTrue(SettingsValidator.validate(H2, Map.of("url", "jdbc:h2:file:/data/sales"), Set.of(), Map.of()).valid());
        SettingsValidator.Result wrong = SettingsValidator.validate(H2, Map.of("url", "jdbc:postgresql://x/y"),
                Set.of(), Map.of());
        assertEquals("must match the pattern ^jdbc:h2:(file|mem|tcp):", messages(wrong).get("settings.url"));
    }

    @Test
    void checksLiteralSecretValuesWithoutRepeatingThem() {
        ConfigSchema schema = ConfigSchema.parse("""
                {"type": "object", "properties": {"token": {"type": "string", "writeOnly": true, "minLength": 20}}}""");
        String secret = "too-short-secret";

        SettingsValidator.Result result = SettingsValidator.validate(schema, Map.of(), Set.of("token"),
                Map.of("token", secret));
        SettingsValidator.Result huge = SettingsValidator.validate(schema, Map.of(), Set.of("token"),
                Map.of("token", "x".repeat(SettingsValidator.MAX_SECRET_BYTES + 1)));

        assertEquals("must have at least 20 characters", messages(result).get("secrets.token"));
        assertFalse(result.violations().toString().contains(secret));
        assertEquals("is longer than 4096 bytes", messages(huge).get("secrets.token"));
    }

    @Test
    void nullsAreAbsentAndUndeclaredNamesPassWhenTheSchemaAllowsThem() {
        ConfigSchema open = ConfigSchema.parse("{\"type\": \"object\", \"properties\": {}}");
        Map<String, Object> settings = new HashMap<>();
        settings.put("anything", 3);
        settings.put("nothing", null);

        SettingsValidator.Result result = SettingsValidator.validate(open, settings, Set.of("extra"), Map.of());

        assertTrue(result.valid(), result.violations().toString());
        assertEquals(Map.of("anything", "3"), result.settings());
    }

    @Test
    void refusesOverlongValues() {
        assertEquals("is longer than 2000 characters", messages(validate(Map.of("host", "h".repeat(2001), "user", "u"),
                Set.of("password"))).get("settings.host"));
    }

    @Test
    void refusesSchemasItCannotCheck() {
        assertThrows(IllegalArgumentException.class, () -> ConfigSchema.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> ConfigSchema.parse("[1]"));
        assertThrows(IllegalArgumentException.class, () -> ConfigSchema.parse("{\"type\": \"array\"}"));
        assertThrows(IllegalArgumentException.class,
                () -> ConfigSchema.parse("{\"properties\": {\"a\": {\"type\": \"object\"}}}"));
        assertThrows(IllegalArgumentException.class,
                () -> ConfigSchema.parse("{\"properties\": {\"a\": {\"type\": \"string\", \"pattern\": \"(\"}}}"));
    }

    private static SettingsValidator.Result validate(Map<String, ?> settings, Set<String> secrets) {
        return SettingsValidator.validate(SERVER, settings, secrets, Map.of());
    }

    private static Map<String, String> messages(SettingsValidator.Result result) {
        Map<String, String> messages = new HashMap<>();
        List<Violation> violations = result.violations();
        violations.forEach(v -> messages.put(v.field(), v.message()));
        assertEquals(violations.size(), messages.size(), "one violation per field: " + violations);
        return messages;
    }
}
