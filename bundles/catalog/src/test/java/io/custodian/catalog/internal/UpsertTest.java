package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.SchemaChange;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.platform.events.api.DomainEvent;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpsertTest extends CatalogTestBase {

    @Test
    void createsContainersUnderTheirParentsWithAnAddedEntryAndAnEvent() {
        UpsertResult src = catalog.upsert("run-1", source);
        UpsertResult db = catalog.upsert("run-1", database);
        UpsertResult sch = catalog.upsert("run-1", schema);

        assertEquals(UpsertOutcome.CREATED, sch.outcome());
        Asset stored = catalog.find(sch.assetId()).orElseThrow();
        assertEquals(Drafts.ns(SOURCE) + "/shop.public", stored.qualifiedName());
        assertEquals(db.assetId(), stored.parentId());
        assertNull(catalog.find(src.assetId()).orElseThrow().parentId());
        assertEquals(AssetType.SCHEMA, stored.type());
        assertEquals("public", stored.name());
        assertEquals("run-1", stored.firstSeenRun());
        assertEquals("run-1", stored.lastSeenRun());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), stored.firstSeenAt());
        assertNull(stored.removedAt());

        List<SchemaChange> history = catalog.history(sch.assetId());
        assertEquals(1, history.size());
        assertEquals("ADDED", history.get(0).kind());
        assertEquals("run-1", history.get(0).runId());

        List<DomainEvent> created = bus.events(CatalogEvents.CREATED);
        assertEquals(3, created.size());
        DomainEvent event = created.get(2);
        assertEquals("asset/" + sch.assetId(), event.subject());
        assertEquals("system", event.actor());
        assertEquals(Map.of("id", sch.assetId(), "qualifiedName", schema.qualifiedName(), "sourceId", SOURCE,
                "type", "SCHEMA", "runId", "run-1", "outcome", "CREATED", "columnsAdded", 0, "columnsChanged", 0,
                "columnsRemoved", 0), event.data());
    }

    @Test
    void storingAnUnchangedAssetOnlyMovesItsLastSeenStamps() {
        storeContainers("run-1");
        clock.advance(Duration.ofHours(1));
        bus.clear();

        UpsertResult again = catalog.upsert("run-2", schema);

        assertEquals(UpsertOutcome.UNCHANGED, again.outcome());
        Asset stored = catalog.find(again.assetId()).orElseThrow();
        assertEquals("run-1", stored.firstSeenRun());
        assertEquals("run-2", stored.lastSeenRun());
        assertEquals(Instant.parse("2026-03-01T11:00:00Z"), stored.lastSeenAt());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), stored.updatedAt());
        assertEquals(1, catalog.history(again.assetId()).size());
        assertTrue(bus.events().isEmpty(), "no event for an unchanged asset");
    }

    @Test
    void changedTechnicalMetadataIsRecordedFieldByField() {
        storeContainers("run-1");
        AssetDraft table = Drafts.table(schema, "orders", Map.of("comment", "Orders", "rowCount", 10), "a");
        catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 2));
        clock.advance(Duration.ofMinutes(5));
        bus.clear();

        AssetDraft changed = Drafts.table(schema, "orders", Map.of("comment", "All orders", "primaryKey",
                List.of("id")), "b");
        UpsertResult result = catalog.upsertWithColumns("run-2", changed, Drafts.columns(changed, 2));

        assertEquals(UpsertOutcome.CHANGED, result.outcome());
        assertEquals(0, result.columnsAdded() + result.columnsChanged() + result.columnsRemoved());
        Asset stored = catalog.find(result.assetId()).orElseThrow();
        assertEquals(Map.of("comment", "All orders", "primaryKey", List.of("id")), stored.technical());
        assertEquals("b", stored.changeToken());
        assertEquals(Instant.parse("2026-03-01T10:05:00Z"), stored.updatedAt());
        List<SchemaChange> changes = catalog.history(result.assetId()).stream()
                .filter(c -> c.kind().equals("CHANGED")).toList();
        assertEquals(List.of(
                new SchemaChange(result.assetId(), table.qualifiedName(), Instant.parse("2026-03-01T10:05:00Z"),
                        "run-2", "CHANGED", "comment", "Orders", "All orders"),
                new SchemaChange(result.assetId(), table.qualifiedName(), Instant.parse("2026-03-01T10:05:00Z"),
                        "run-2", "CHANGED", "primaryKey", null, "[\"id\"]"),
                new SchemaChange(result.assetId(), table.qualifiedName(), Instant.parse("2026-03-01T10:05:00Z"),
                        "run-2", "CHANGED", "rowCount", "10", null)), changes);
        assertEquals(1, bus.events(CatalogEvents.CHANGED).size());
    }

    @Test
    void aNewChangeTokenAloneIsStoredButIsNoChange() {
        storeContainers("run-1");
        AssetDraft table = Drafts.table(schema, "orders", Map.of("comment", "Orders"), "token-1");
        catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 1));

        AssetDraft retokened = Drafts.table(schema, "orders", Map.of("comment", "Orders"), "token-2");
        UpsertResult result = catalog.upsertWithColumns("run-2", retokened, Drafts.columns(retokened, 1));

        assertEquals(UpsertOutcome.UNCHANGED, result.outcome());
        assertEquals(Map.of(table.qualifiedName(), "token-2"), catalog.changeTokens(SOURCE, schema.qualifiedName()));
    }

    @Test
    void numbersCompareByValueWhateverTheirJavaType() {
        storeContainers("run-1");
        AssetDraft table = Drafts.table(schema, "t", Map.of("rowCount", 5, "foreignKeys",
                List.of(Map.of("columns", List.of("customer_id"), "references", "customers"))), null);
        catalog.upsertWithColumns("run-1", table, List.of(Drafts.column(table, "id", Map.of("position", 1))));

        AssetDraft same = Drafts.table(schema, "t", Map.of("foreignKeys",
                List.of(Map.of("references", "customers", "columns", List.of("customer_id"))), "rowCount", 5L), null);
        UpsertResult result = catalog.upsertWithColumns("run-2", same,
                List.of(Drafts.column(same, "id", Map.of("position", 1L))));

        assertEquals(UpsertOutcome.UNCHANGED, result.outcome());
        assertEquals(5, ((Number) catalog.find(result.assetId()).orElseThrow().technical().get("rowCount")).intValue());
    }

    @Test
    void aTableThatBecameAViewRecordsItsTypeChange() {
        storeContainers("run-1");
        AssetDraft table = Drafts.table(schema, "report");
        catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 1));

        AssetDraft view = new AssetDraft(SOURCE, table.qualifiedName(), schema.qualifiedName(), AssetType.VIEW,
                "report", Map.of("comment", "table report", "viewDefinition", "SELECT 1"), "t1");
        UpsertResult result = catalog.upsertWithColumns("run-2", view, Drafts.columns(view, 1));

        assertEquals(UpsertOutcome.CHANGED, result.outcome());
        assertEquals(AssetType.VIEW, catalog.find(result.assetId()).orElseThrow().type());
        List<String> fields = catalog.history(result.assetId()).stream().filter(c -> c.kind().equals("CHANGED"))
                .map(c -> c.field() + ":" + c.before() + "->" + c.after()).toList();
        assertEquals(List.of("type:TABLE->VIEW", "viewDefinition:null->SELECT 1"), fields);
    }

    @Test
    void refusesAnAssetWhoseParentIsNotStored() throws SQLException {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> catalog.upsert("run-1", schema));
        assertTrue(refused.getMessage().contains(database.qualifiedName()), refused.getMessage());
        assertEquals(0, count("1 = 1"));
    }

    @Test
    void refusesColumnsThatAreNotTheTablesOwn() {
        storeContainers("run-1");
        AssetDraft table = Drafts.table(schema, "a");
        AssetDraft other = Drafts.table(schema, "b");
        AssetDraft column = Drafts.column(table, "id", "INTEGER", 1);

        assertThrows(IllegalArgumentException.class, () -> catalog.upsertWithColumns("run-1", table,
                List.of(Drafts.column(other, "id", "INTEGER", 1))));
        assertThrows(IllegalArgumentException.class, () -> catalog.upsertWithColumns("run-1", table,
                List.of(column, column)));
        assertThrows(IllegalArgumentException.class, () -> catalog.upsertWithColumns("run-1", table,
                List.of(Drafts.table(table, "nested"))));
        assertThrows(IllegalArgumentException.class, () -> catalog.upsertWithColumns("run-1", schema, List.of()));
        assertThrows(IllegalArgumentException.class, () -> catalog.upsert("run-1", column));
        assertThrows(IllegalArgumentException.class, () -> catalog.upsert("r".repeat(65), source));
        assertTrue(catalog.findByQualifiedName(SOURCE, table.qualifiedName()).isEmpty());
    }

    @Test
    void worksWithoutAnEventBus() {
        catalog.unbindEventBus(bus);

        storeContainers("run-1");
        AssetDraft table = Drafts.table(schema, "t");
        UpsertResult result = catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 3));

        assertEquals(UpsertOutcome.CREATED, result.outcome());
        assertEquals(3, result.columnsAdded());
        assertTrue(bus.events().isEmpty());
    }
}
