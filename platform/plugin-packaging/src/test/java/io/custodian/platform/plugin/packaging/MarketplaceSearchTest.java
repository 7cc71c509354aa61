package io.custodian.platform.plugin.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.custodian.plugin.api.PluginKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketplaceSearchTest {

    private final MarketplaceIndex index = new MarketplaceIndex("test", List.of(
            plugin("visualization-charts", "Charts", "Bar and line charts.", "Custodian", PluginKind.VISUALIZATION),
            plugin("classifier-patterns", "Pattern classifier", "Finds IBANs and e-mail addresses.", "Custodian", PluginKind.CLASSIFIER),
            plugin("connector-files", "Files", "Reads CSV and Parquet.", "ACME Corp", PluginKind.CONNECTOR),
            plugin("acme-iban", "IBAN checker", "Checksums.", "ACME Corp", PluginKind.CLASSIFIER)));

    private static MarketplacePlugin plugin(String id, String name, String description, String vendor, PluginKind kind) {
        return new MarketplacePlugin(id, name, description, vendor, "custodian", Set.of(kind), List.of());
    }

    private List<String> ids(String text, PluginKind kind) {
        return MarketplaceSearch.search(index, text, kind).stream().map(MarketplacePlugin::id).toList();
    }

    @Test
    void withoutCriteriaListsEveryPluginSortedById() {
        assertEquals(List.of("acme-iban", "classifier-patterns", "connector-files", "visualization-charts"), ids(null, null));
        assertEquals(ids(null, null), ids("  ", null));
    }

    @Test
    void matchesIdNameDescriptionAndVendorIgnoringCase() {
        assertEquals(List.of("connector-files"), ids("CONNECTOR", null));
        assertEquals(List.of("visualization-charts"), ids("charts", null));
        assertEquals(List.of("connector-files"), ids("parquet", null));
        assertEquals(List.of("acme-iban", "connector-files"), ids("acme corp", null));
        assertEquals(List.of("acme-iban", "classifier-patterns"), ids("iban", null));
    }

    @Test
    void filtersByKind() {
        assertEquals(List.of("acme-iban", "classifier-patterns"), ids(null, PluginKind.CLASSIFIER));
        assertEquals(List.of("classifier-patterns"), ids("e-mail", PluginKind.CLASSIFIER));
        assertEquals(List.of(), ids("e-mail", PluginKind.CONNECTOR));
    }

    @Test
    void findsNothingForUnknownText() {
        assertEquals(List.of(), ids("kubernetes", null));
    }
}
