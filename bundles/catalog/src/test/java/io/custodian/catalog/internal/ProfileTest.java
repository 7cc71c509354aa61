package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileTest extends CatalogTestBase {

    private AssetDraft table;

    @BeforeEach
    void storeTable() {
        storeContainers("run-1");
        table = Drafts.table(schema, "people");
        catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 3));
    }

    @Test
    void storesTheTableAndColumnProfilesAndKeepsThemAcrossRescans() {
        Map<String, Object> c0 = new HashMap<>();
        c0.put("nullShare", 0.25);
        c0.put("distinctCount", 3);
        c0.put("min", null);
        catalog.recordProfile(SOURCE, table.qualifiedName(), Map.of("rowCount", 4),
                Map.of("c0", c0, "no_such_column", Map.of("distinctCount", 1)));

        assertEquals(Map.of("rowCount", 4), asset(table.qualifiedName()).profile());
        assertEquals(Map.of("nullShare", 0.25, "distinctCount", 3), column("c0").profile(),
                "null members are left out");
        assertTrue(column("c1").profile().isEmpty(), "never profiled");

        catalog.upsertWithColumns("run-2", table, Drafts.columns(table, 3));
        assertEquals(Map.of("rowCount", 4), asset(table.qualifiedName()).profile());
        assertEquals(3, column("c0").profile().get("distinctCount"));
    }

    @Test
    void aNewProfileReplacesOnlyTheColumnsItNames() {
        catalog.recordProfile(SOURCE, table.qualifiedName(), Map.of("rowCount", 4),
                Map.of("c0", Map.of("distinctCount", 3), "c1", Map.of("distinctCount", 1)));
        catalog.recordProfile(SOURCE, table.qualifiedName(), Map.of("rowCount", 9),
                Map.of("c1", Map.of("distinctCount", 7)));

        assertEquals(Map.of("rowCount", 9), asset(table.qualifiedName()).profile());
        assertEquals(Map.of("distinctCount", 3), column("c0").profile());
        assertEquals(Map.of("distinctCount", 7), column("c1").profile());
    }

    @Test
    void refusesAProfileOfAnUnknownTable() {
        assertThrows(IllegalArgumentException.class, () -> catalog.recordProfile(SOURCE,
                schema.qualifiedName() + ".nope", Map.of("rowCount", 1), Map.of()));
    }

    private Asset column(String name) {
        return asset(table.qualifiedName() + "#" + name);
    }

    private Asset asset(String qualifiedName) {
        return catalog.findByQualifiedName(SOURCE, qualifiedName).orElseThrow();
    }
}
