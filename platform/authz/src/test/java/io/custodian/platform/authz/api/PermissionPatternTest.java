package io.custodian.platform.authz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionPatternTest {

    private static boolean matches(String pattern, String permission) {
        return PermissionPattern.parse(pattern).matches(Permission.parse(permission));
    }

    private static boolean implies(String pattern, String other) {
        return PermissionPattern.parse(pattern).implies(PermissionPattern.parse(other));
    }

    @Test
    void starAloneIsEverything() {
        assertSame(PermissionPattern.ALL, PermissionPattern.parse("*"));
        assertEquals("*", PermissionPattern.parse("*.*").toString());
        assertEquals("*", PermissionPattern.parse("*.*:*").toString());
    }

    @Test
    void patternWithoutResourceStandsForAnyResource() {
        assertEquals(PermissionPattern.parse("datasource.scan"), PermissionPattern.parse("datasource.scan:*"));
        assertEquals("datasource.scan", PermissionPattern.parse("datasource.scan:*").toString());
        assertEquals("datasource.scan:42", PermissionPattern.parse("datasource.scan:42").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "datasource", "glossary.*.view", "data*.view", "datasource.sc*", "**",
        "*.", ".*", "datasource.scan:", "datasource.scan:a b"})
    void rejectsMalformedPatterns(String text) {
        assertThrows(IllegalArgumentException.class, () -> PermissionPattern.parse(text));
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> PermissionPattern.parse(null));
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "*,                   datasource.scan:42,     true",
        "*,                   glossary.term.view,     true",
        "*.view,              glossary.term.view,     true",
        "*.view,              datasource.view:7,      true",
        "*.view,              datasource.edit,        false",
        "datasource.*,        datasource.scan,        true",
        "datasource.*,        datasource.scan:42,     true",
        "datasource.*,        datasource.sub.scan,    false",
        "datasource.*,        datasources.scan,       false",
        "glossary.term.*,     glossary.term.approve,  true",
        "glossary.*,          glossary.term.approve,  false",
        "datasource.scan,     datasource.scan:42,     true",
        "datasource.scan,     datasource.scan,        true",
        "datasource.scan:42,  datasource.scan:42,     true",
        "datasource.scan:42,  datasource.scan:43,     false",
        "datasource.scan:42,  datasource.scan,        false",
        "*.*:42,              catalog.view:42,        true",
        "*.*:42,              catalog.view,           false",
    })
    void matchesPermissions(String pattern, String permission, boolean expected) {
        assertEquals(expected, matches(pattern, permission));
    }

    @ParameterizedTest(name = "{0} implies {1}: {2}")
    @CsvSource({
        "*,                   *,                    true",
        "*,                   datasource.scan:42,   true",
        "datasource.*,        datasource.scan:42,   true",
        "datasource.*,        datasource.*,         true",
        "datasource.scan,     datasource.*,         false",
        "datasource.scan,     datasource.scan:42,   true",
        "datasource.scan:42,  datasource.scan,      false",
        "datasource.scan:42,  datasource.scan:42,   true",
        "*.view,              datasource.view,      true",
        "datasource.view,     *.view,               false",
        "*.view,              *,                    false",
        "datasource.*,        *,                    false",
        "glossary.*,          glossary.term.view,   false",
    })
    void impliesPatterns(String pattern, String other, boolean expected) {
        assertEquals(expected, implies(pattern, other));
    }

    @Test
    void everyPatternImpliesItself() {
        for (String text : new String[] {"*", "*.view", "datasource.*", "datasource.scan", "datasource.scan:1"}) {
            assertTrue(implies(text, text), text);
        }
        assertFalse(implies("datasource.scan:1", "datasource.scan:2"));
    }
}
