package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TombstoneTest extends CatalogTestBase {

    @Test
    void aTableTheRunDidNotSeeIsTombstonedWithItsColumns() throws SQLException {
        storeContainers("run-1");
        AssetDraft kept = store("run-1", schema, "kept");
        AssetDraft dropped = store("run-1", schema, "dropped");
        clock.advance(Duration.ofHours(1));
        storeContainers("run-2");
        store("run-2", schema, "kept");
        bus.clear();

        List<String> removed = catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());

        assertEquals(List.of(dropped.qualifiedName()), removed);
        Asset gone = asset(dropped);
        assertEquals(clock.instant(), gone.removedAt());
        assertEquals(2, count("removed_at IS NOT NULL AND type = 'COLUMN' AND parent_id = " + gone.id()));
        assertNull(asset(kept).removedAt());
        assertEquals(0, count("removed_at IS NOT NULL AND type = 'COLUMN' AND parent_id = " + asset(kept).id()));
        assertEquals("REMOVED", last(catalog.history(gone.id())));

        AuditEvent audited = audit.last(TombstoneAudit.ACTION);
        assertEquals("system", audited.actor());
        assertEquals(Outcome.SUCCESS, audited.outcome());
        assertEquals("catalog:source:" + SOURCE, audited.resource());
        assertEquals("1", audited.details().get("children"));
        assertEquals("2", audited.details().get("columns"));
        assertEquals("run-2", audited.details().get("runId"));
        assertEquals(dropped.qualifiedName(), audited.details().get("names"));
        assertEquals(1, bus.events(CatalogEvents.REMOVED).size(), "one event for the table, none for its columns");
        assertEquals(gone.id(), bus.events(CatalogEvents.REMOVED).get(0).data().get("id"));
    }

    @Test
    void aVanishedSchemaTakesEverythingBelowItButNotItsLookAlikeSibling() throws SQLException {
        AssetDraft sales = Drafts.schema(SOURCE, "shop", "sales");
        AssetDraft sales2 = Drafts.schema(SOURCE, "shop", "sales2");
        storeContainers("run-1");
        catalog.upsert("run-1", sales);
        catalog.upsert("run-1", sales2);
        AssetDraft orders = store("run-1", sales, "orders");
        AssetDraft orders2 = store("run-1", sales2, "orders");
        clock.advance(Duration.ofHours(1));
        catalog.upsert("run-2", source);
        catalog.upsert("run-2", database);
        catalog.upsert("run-2", schema);
        catalog.upsert("run-2", sales2);
        bus.clear();

        List<String> removed = catalog.tombstoneUnseen("run-2", SOURCE, database.qualifiedName());

        assertEquals(List.of(sales.qualifiedName()), removed, "children only, not their descendants");
        assertNotNull(asset(sales).removedAt());
        assertNotNull(asset(orders).removedAt());
        assertEquals(2, count("removed_at IS NOT NULL AND type = 'COLUMN'"));
        assertNull(asset(sales2).removedAt());
        assertNull(asset(orders2).removedAt());
        assertEquals(List.of(asset(sales).id(), asset(orders).id()),
                bus.events(CatalogEvents.REMOVED).stream().map(e -> e.data().get("id")).toList());
        assertEquals("1", audit.last(TombstoneAudit.ACTION).details().get("descendants"));
    }

    @Test
    void aTableNamedLikeAnotherWithASuffixKeepsItsColumns() throws SQLException {
        storeContainers("run-1");
        AssetDraft orders = store("run-1", schema, "orders");
        AssetDraft ordersArchive = store("run-1", schema, "orders_archive");
        storeContainers("run-2");
        store("run-2", schema, "orders_archive");

        catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());

        assertNotNull(asset(orders).removedAt());
        assertNull(asset(ordersArchive).removedAt());
        assertEquals(0, count("removed_at IS NOT NULL AND parent_id = " + asset(ordersArchive).id()));
    }

    @Test
    void nothingIsTombstonedWhenEverythingWasSeenAndTwiceIsOnce() {
        storeContainers("run-1");
        store("run-1", schema, "a");
        storeContainers("run-2");
        store("run-2", schema, "a");

        assertEquals(List.of(), catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName()));
        assertTrue(audit.events(TombstoneAudit.ACTION).isEmpty());
        assertTrue(bus.events(CatalogEvents.REMOVED).isEmpty());

        store("run-1", schema, "b");
        assertEquals(1, catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName()).size());
        assertEquals(List.of(), catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName()),
                "a tombstone is not set again");
        assertEquals(1, audit.events(TombstoneAudit.ACTION).size());
    }

    @Test
    void aTombstonedTableThatReturnsIsRestoredWithItsColumns() {
        storeContainers("run-1");
        AssetDraft table = store("run-1", schema, "t");
        long id = asset(table).id();
        storeContainers("run-2");
        catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());
        clock.advance(Duration.ofDays(1));
        bus.clear();

        UpsertResult back = catalog.upsertWithColumns("run-3", table, Drafts.columns(table, 2));

        assertEquals(UpsertOutcome.RESTORED, back.outcome());
        assertEquals(id, back.assetId());
        assertEquals(2, back.columnsAdded());
        Asset restored = asset(table);
        assertNull(restored.removedAt());
        assertEquals("run-3", restored.lastSeenRun());
        assertEquals("run-1", restored.firstSeenRun());
        assertEquals(2, catalog.search(new io.custodian.catalog.api.AssetQuery(null, null, id, null, false, null, 10))
                .items().size());
        assertEquals(List.of("ADDED", "REMOVED", "RESTORED", "RESTORED", "RESTORED"),
                catalog.history(id).stream().map(c -> c.kind()).toList());
        assertEquals("RESTORED", bus.events(CatalogEvents.CREATED).get(0).data().get("outcome"));
    }

    @Test
    void refusesToTombstoneWithoutARunAndIgnoresUnknownParents() {
        storeContainers("run-1");
        store("run-1", schema, "t");

        assertThrows(IllegalArgumentException.class, () -> catalog.tombstoneUnseen(null, SOURCE,
                schema.qualifiedName()));
        assertEquals(List.of(), catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName() + "x"));
        assertEquals(List.of(), catalog.tombstoneUnseen("run-2", "2", schema.qualifiedName()),
                "another source's parent of the same name is another parent");
        assertNull(asset(Drafts.table(schema, "t")).removedAt());
    }

    private AssetDraft store(String runId, AssetDraft parent, String name) {
        AssetDraft table = Drafts.table(parent, name);
        catalog.upsertWithColumns(runId, table, Drafts.columns(table, 2));
        return table;
    }

    private Asset asset(AssetDraft draft) {
        return catalog.findByQualifiedName(draft.sourceId(), draft.qualifiedName()).orElseThrow();
    }

    private static String last(List<io.custodian.catalog.api.SchemaChange> history) {
        return history.get(history.size() - 1).kind();
    }
}
