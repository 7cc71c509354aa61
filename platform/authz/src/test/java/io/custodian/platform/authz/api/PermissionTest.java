package io.custodian.platform.authz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionTest {

    @Test
    void parsesDomainAndAction() {
        Permission p = Permission.parse("datasource.scan");

        assertEquals("datasource", p.domain());
        assertEquals("scan", p.action());
        assertNull(p.resourceId());
        assertEquals("datasource.scan", p.name());
    }

    @Test
    void actionIsWhatFollowsTheLastDot() {
        Permission p = Permission.parse("glossary.term.view");

        assertEquals("glossary.term", p.domain());
        assertEquals("view", p.action());
    }

    @Test
    void resourcePartMayHoldPathCharacters() {
        Permission p = Permission.parse("file.read:bucket/a.b~c@d-e_f");

        assertEquals("bucket/a.b~c@d-e_f", p.resourceId());
        assertEquals("file.read:bucket/a.b~c@d-e_f", p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "scan", "datasource.", ".scan", "datasource.scan:", "data source.scan",
        "*.view", "datasource.*", "datasource..scan", "datasource.scan:a b", "datasource.scan:1:2"})
    void rejectsWhatIsNotAPermissionName(String text) {
        assertThrows(IllegalArgumentException.class, () -> Permission.parse(text));
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> Permission.parse(null));
    }

    @Test
    void permissionInfoValidatesItsName() {
        assertThrows(IllegalArgumentException.class, () -> new PermissionInfo("nodot", "x"));
        assertEquals("", new PermissionInfo("catalog.view", null).description());
    }
}
