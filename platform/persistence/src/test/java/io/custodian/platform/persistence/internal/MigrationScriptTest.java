package io.custodian.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MigrationScriptTest {

    @Test
    void parsesVersionDescriptionAndVendor() {
        MigrationScript script = MigrationScript.fromFile("V12__add_index.postgresql.sql", "x").orElseThrow();
        assertEquals(12, script.version());
        assertEquals("add index", script.description());
        assertEquals("postgresql", script.vendor());
    }

    @Test
    void ignoresFilesOutsideTheConvention() {
        assertTrue(MigrationScript.fromFile("V0__zero.sql", "x").isEmpty());
        assertTrue(MigrationScript.fromFile("v1__lower.sql", "x").isEmpty());
        assertTrue(MigrationScript.fromFile("V1_single_underscore.sql", "x").isEmpty());
        assertTrue(MigrationScript.fromFile("V1__x.txt", "x").isEmpty());
    }

    @Test
    void checksumIgnoresLineEndingStyle() {
        assertEquals(MigrationScript.fromFile("V1__a.sql", "a\nb").orElseThrow().checksum(),
                MigrationScript.fromFile("V1__a.sql", "a\r\nb").orElseThrow().checksum());
    }
}
