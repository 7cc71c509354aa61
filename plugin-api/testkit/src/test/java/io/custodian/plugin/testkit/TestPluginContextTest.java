package io.custodian.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.plugin.api.CatalogAsset;
import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.ScopeDeniedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestPluginContextTest {

    @Test
    void refusesScopesThatWereNotGrantedAndRecordsTheAttempt() {
        TestPluginContext context = TestPluginContext.granting(Scope.SAMPLES_READ);
        ScopeDeniedException e = assertThrows(ScopeDeniedException.class, context::catalog);
        assertEquals("plugin contract-test was not granted the scope catalog.read", e.getMessage());
        assertThrows(ScopeDeniedException.class, context::catalogWriter);
        assertEquals(List.of(Scope.CATALOG_READ, Scope.CATALOG_WRITE), context.denials());
    }

    @Test
    void servesAssetsSamplesAndRecordsWrites() {
        CatalogAsset table = new CatalogAsset("test://db/s.t", "table", Map.of(), List.of());
        TestPluginContext context = TestPluginContext.granting(Scope.CATALOG_READ, Scope.CATALOG_WRITE, Scope.SAMPLES_READ)
                .withAsset(table)
                .withSamples("test://db/s.t.c", List.of("a", "b", "c"));
        assertEquals(table, context.catalog().find("test://db/s.t").orElseThrow());
        assertEquals(List.of("a", "b"), context.samples().values("test://db/s.t.c", 2));
        context.catalogWriter().addTag("test://db/s.t", "pii");
        assertEquals(List.of("tag test://db/s.t pii"), context.catalogChanges());
        assertThrows(PluginException.class, () -> context.catalogWriter().addTag("test://db/other", "pii"));
    }

    @Test
    void copiesKeepDataAndChangeIdentity() {
        TestPluginContext context = TestPluginContext.granting(Scope.SAMPLES_READ)
                .withSamples("c", List.of("x"))
                .forPlugin("acme", "1.2.3")
                .withConfiguration(Map.of("k", "v"));
        assertEquals("acme", context.pluginId());
        assertEquals("1.2.3", context.pluginVersion());
        assertEquals(Map.of("k", "v"), context.configuration());
        assertEquals(List.of("x"), context.samples().values("c", 10));
    }
}
