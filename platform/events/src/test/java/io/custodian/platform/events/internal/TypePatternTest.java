package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypePatternTest {

    @Test
    void exactTypeMatchesOnlyItself() {
        TypePattern pattern = TypePattern.parse("io.custodian.kernel.started");
        assertTrue(pattern.matches("io.custodian.kernel.started"));
        assertFalse(pattern.matches("io.custodian.kernel.started.late"));
        assertFalse(pattern.matches("io.custodian.kernel"));
    }

    @Test
    void prefixMatchesTypesBelowIt() {
        TypePattern pattern = TypePattern.parse("io.custodian.kernel.*");
        assertTrue(pattern.matches("io.custodian.kernel.started"));
        assertTrue(pattern.matches("io.custodian.kernel.bundle.installed"));
        assertFalse(pattern.matches("io.custodian.kernel"));
        assertFalse(pattern.matches("io.custodian.catalog.created"));
    }

    @Test
    void starAloneMatchesEverything() {
        assertTrue(TypePattern.parse("*").matches("anything.at.all"));
    }

    @Test
    void commaSeparatedListsAndArraysCombine() {
        TypePattern pattern = TypePattern.parse(List.of(" a.b , c.* ", "d"));
        assertTrue(pattern.matches("a.b"));
        assertTrue(pattern.matches("c.x"));
        assertTrue(pattern.matches("d"));
        assertFalse(pattern.matches("a.bc"));
        assertEquals("a.b,d,c.*", pattern.toString());
    }

    @Test
    void rejectsStarInsideAPattern() {
        assertThrows(IllegalArgumentException.class, () -> TypePattern.parse("io.*.started"));
    }

    @Test
    void rejectsEmptyPattern() {
        assertThrows(IllegalArgumentException.class, () -> TypePattern.parse(" , "));
        assertThrows(IllegalArgumentException.class, () -> TypePattern.parse((String) null));
    }
}
