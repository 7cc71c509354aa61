package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetPage;
import io.custodian.catalog.api.AssetQuery;
import io.custodian.catalog.api.AssetType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest extends CatalogTestBase {

    @Test
    void pagesFollowEachOtherInIdOrderUntilTheLastHasNoCursor() {
        storeContainers("run-1");
        for (int i = 0; i < 7; i++) {
            AssetDraft t = Drafts.table(schema, "t" + i);
            catalog.upsertWithColumns("run-1", t, Drafts.columns(t, 1));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String after = null;
        do {
            AssetPage page = catalog.search(new AssetQuery(SOURCE, AssetType.TABLE, null, null, false, after, 3));
            page.items().forEach(a -> seen.add(a.name()));
            sizes.add(page.items().size());
            after = page.nextCursor();
        } while (after != null);

        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6"), seen);
    }

    @Test
    void anExactlyFullLastPageHasNoCursor() {
        storeContainers("run-1");
        AssetPage page = catalog.search(new AssetQuery(SOURCE, null, null, null, false, null, 3));
        assertEquals(3, page.items().size());
        assertNull(page.nextCursor());
    }

    @Test
    void filtersCombine() {
        storeContainers("run-1");
        AssetDraft orders = Drafts.table(schema, "Orders");
        AssetDraft lines = Drafts.table(schema, "order_lines");
        AssetDraft percent = Drafts.table(schema, "pct%off");
        catalog.upsertWithColumns("run-1", orders, Drafts.columns(orders, 2));
        catalog.upsertWithColumns("run-1", lines, Drafts.columns(lines, 1));
        catalog.upsertWithColumns("run-1", percent, Drafts.columns(percent, 1));
        catalog.upsert("run-1", Drafts.source("2"));
        long ordersId = catalog.findByQualifiedName(SOURCE, orders.qualifiedName()).orElseThrow().id();

        assertEquals(List.of("source 2"), names(new AssetQuery("2", null, null, null, false, null, 50)));
        assertEquals(List.of("c0", "c1"), names(new AssetQuery(null, null, ordersId, null, false, null, 50)));
        assertEquals(List.of("Orders", "order_lines"),
                names(new AssetQuery(SOURCE, AssetType.TABLE, null, "ORDER", false, null, 50)));
        assertEquals(List.of("c0", "c1", "c0"),
                names(new AssetQuery(null, AssetType.COLUMN, null, "order", false, null, 50)));
        assertEquals(List.of("pct%off"), names(new AssetQuery(null, AssetType.TABLE, null, "t%o", false, null, 50)),
                "% is a literal, not a wildcard");
        assertEquals(List.of("order_lines"), names(new AssetQuery(null, AssetType.TABLE, null, "r_l", false, null, 50)),
                "_ is a literal, not a wildcard");
        assertEquals(List.of(), names(new AssetQuery(null, AssetType.VIEW, null, null, false, null, 50)));
    }

    @Test
    void tombstonedAssetsAppearOnlyWhenAskedFor() {
        storeContainers("run-1");
        AssetDraft t = Drafts.table(schema, "t");
        catalog.upsertWithColumns("run-1", t, Drafts.columns(t, 1));
        storeContainers("run-2");
        catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());

        assertEquals(List.of(), names(new AssetQuery(SOURCE, AssetType.TABLE, null, null, false, null, 50)));
        List<Asset> all = catalog.search(new AssetQuery(SOURCE, AssetType.TABLE, null, null, true, null, 50)).items();
        assertEquals(1, all.size());
        assertTrue(all.get(0).removed());
    }

    @Test
    void aForeignCursorIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> catalog.search(new AssetQuery(null, null, null, null, false, "42", 10)));
        assertThrows(IllegalArgumentException.class,
                () -> catalog.search(new AssetQuery(null, null, null, null, false, "%%%", 10)));
    }

    @Test
    void aQualifiedNameIsResolvedPerSourceOrPreferringLiveAssets() {
        for (String src : List.of("1", "2", "3")) {
            catalog.upsert("run-1", Drafts.source(src));
            catalog.upsert("run-1", new AssetDraft(src, "shared://db", Drafts.ns(src), AssetType.DATABASE, "db",
                    null, null));
        }
        // Source 1 no longer has it.
        catalog.upsert("run-2", Drafts.source("1"));
        catalog.tombstoneUnseen("run-2", "1", Drafts.ns("1"));

        assertEquals("1", catalog.findByQualifiedName("1", "shared://db").orElseThrow().sourceId());
        assertEquals("2", catalog.findByQualifiedName(null, "shared://db").orElseThrow().sourceId(),
                "the live asset with the lowest id wins over the older tombstone");
        assertEquals(List.of("1", "2", "3"),
                catalog.findAllByQualifiedName("shared://db").stream().map(Asset::sourceId).toList());
        assertTrue(catalog.findByQualifiedName(null, "shared://nothing").isEmpty());
        assertTrue(catalog.findByQualifiedName("4", "shared://db").isEmpty());
        assertTrue(catalog.find(123_456L).isEmpty());
    }

    private List<String> names(AssetQuery query) {
        return catalog.search(query).items().stream().map(Asset::name).toList();
    }
}
