package io.custodian.platform.security.internal.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionNamesTest {

    @Test
    void translatesDomainActionAndResource() {
        assertEquals("system:view", PermissionNames.requested("system.view").orElseThrow().toString());
        assertEquals("glossary.term:edit:42",
                PermissionNames.requested("glossary.term.edit:42").orElseThrow().toString());
    }

    @Test
    void everythingImpliesAnyPermission() {
        WildcardPermission all = PermissionNames.granted("*");

        assertTrue(all.implies(requested("system.view")));
        assertTrue(all.implies(requested("dataset.delete:abc-1")));
    }

    @Test
    void viewOfAnyDomainImpliesOnlyViews() {
        WildcardPermission view = PermissionNames.granted("*.view");

        assertTrue(view.implies(requested("system.view")));
        assertTrue(view.implies(requested("glossary.term.view")));
        assertTrue(view.implies(requested("dataset.view:42")));
        assertFalse(view.implies(requested("dataset.edit")));
        assertFalse(view.implies(requested("dataset.viewer")));
    }

    @Test
    void aGrantOnOneResourceDoesNotImplyOthers() {
        WildcardPermission one = PermissionNames.granted("dataset.edit:42");

        assertTrue(one.implies(requested("dataset.edit:42")));
        assertFalse(one.implies(requested("dataset.edit:43")));
        assertFalse(one.implies(requested("dataset.edit")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "system", "*", "*.view", "system.*", "dataset.edit:*", "a.b:c,d", "a.b:c:d",
        "system view", ".view", "system."})
    void refusesMalformedOrWildcardRequests(String permission) {
        assertTrue(PermissionNames.requested(permission).isEmpty());
    }

    @Test
    void refusesMalformedGrants() {
        assertThrows(IllegalArgumentException.class, () -> PermissionNames.granted("a,b.view"));
    }

    private static WildcardPermission requested(String permission) {
        return PermissionNames.requested(permission).orElseThrow();
    }
}
