package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.SchemaChange;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.platform.events.api.DomainEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ColumnHistoryTest extends CatalogTestBase {

    private AssetDraft table;
    private long tableId;

    @BeforeEach
    void storeTableWithThreeColumns() {
        storeContainers("run-1");
        table = Drafts.table(schema, "orders");
        tableId = catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 3)).assetId();
        clock.advance(Duration.ofHours(1));
        bus.clear();
    }

    @Test
    void columnsStoredWithTheirTableHaveNoEntriesOfTheirOwn() {
        List<SchemaChange> history = catalog.history(tableId);
        assertEquals(List.of("ADDED " + table.qualifiedName()), kinds(history));
        Asset column = column("c0");
        assertEquals(tableId, column.parentId());
        assertEquals(Map.of("dataType", "VARCHAR", "nullable", true, "position", 1), column.technical());
        assertTrue(catalog.history(column.id()).isEmpty());
    }

    @Test
    void aColumnAddedLaterIsRecordedAndChangesTheTable() {
        List<AssetDraft> columns = new ArrayList<>(Drafts.columns(table, 3));
        columns.add(Drafts.column(table, "note", "TEXT", 4));

        UpsertResult result = catalog.upsertWithColumns("run-2", table, columns);

        assertEquals(UpsertOutcome.CHANGED, result.outcome());
        assertEquals(1, result.columnsAdded());
        Asset note = column("note");
        assertEquals("run-2", note.firstSeenRun());
        assertEquals(List.of("ADDED " + table.qualifiedName(), "ADDED " + note.qualifiedName()),
                kinds(catalog.history(tableId)));
        assertEquals(List.of("ADDED " + note.qualifiedName()), kinds(catalog.history(note.id())));
        assertEquals("run-2", column("c0").lastSeenRun(), "unchanged columns are marked seen");
        assertEquals(clock.instant(), catalog.find(tableId).orElseThrow().updatedAt());
        DomainEvent event = bus.events(CatalogEvents.CHANGED).get(0);
        assertEquals(1, event.data().get("columnsAdded"));
        assertEquals("CHANGED", event.data().get("outcome"));
    }

    @Test
    void aChangedColumnRecordsEachChangedField() {
        List<AssetDraft> columns = new ArrayList<>(Drafts.columns(table, 3));
        columns.set(1, Drafts.column(table, "c1", Map.of("dataType", "INTEGER", "nullable", false, "position", 2)));

        UpsertResult result = catalog.upsertWithColumns("run-2", table, columns);

        assertEquals(UpsertOutcome.CHANGED, result.outcome());
        assertEquals(1, result.columnsChanged());
        Asset c1 = column("c1");
        assertEquals("INTEGER", c1.technical().get("dataType"));
        List<SchemaChange> changes = catalog.history(c1.id());
        assertEquals(2, changes.size());
        assertEquals(new SchemaChange(c1.id(), c1.qualifiedName(), clock.instant(), "run-2", "CHANGED", "dataType",
                "VARCHAR", "INTEGER"), changes.get(0));
        assertEquals(new SchemaChange(c1.id(), c1.qualifiedName(), clock.instant(), "run-2", "CHANGED", "nullable",
                "true", "false"), changes.get(1));
        assertEquals(3, catalog.history(tableId).size(), "the table's history holds its columns' changes");
    }

    @Test
    void aVanishedColumnIsTombstonedAndRestoredWhenItReturns() {
        UpsertResult dropped = catalog.upsertWithColumns("run-2", table, Drafts.columns(table, 2));

        assertEquals(1, dropped.columnsRemoved());
        Asset c2 = column("c2");
        assertNotNull(c2.removedAt());
        assertEquals("run-1", c2.lastSeenRun());
        assertEquals(2, catalog.search(new io.custodian.catalog.api.AssetQuery(null, null, tableId, null, false, null,
                10)).items().size());

        clock.advance(Duration.ofHours(1));
        List<AssetDraft> back = new ArrayList<>(Drafts.columns(table, 2));
        back.add(Drafts.column(table, "c2", "BIGINT", 3));
        UpsertResult restored = catalog.upsertWithColumns("run-3", table, back);

        assertEquals(UpsertOutcome.CHANGED, restored.outcome());
        assertEquals(1, restored.columnsAdded(), "a restored column counts as added");
        assertEquals(0, restored.columnsChanged());
        Asset again = column("c2");
        assertEquals(c2.id(), again.id(), "restored in place, same id");
        assertNull(again.removedAt());
        assertEquals("run-3", again.lastSeenRun());
        assertEquals("BIGINT", again.technical().get("dataType"));
        assertEquals(List.of("REMOVED " + c2.qualifiedName(), "RESTORED " + c2.qualifiedName(),
                "CHANGED " + c2.qualifiedName()), kinds(catalog.history(c2.id())));
    }

    @Test
    void historyOfAContainerHoldsOnlyItsOwnEntries() {
        catalog.upsertWithColumns("run-2", table, Drafts.columns(table, 1));
        long schemaId = catalog.findByQualifiedName(SOURCE, schema.qualifiedName()).orElseThrow().id();

        assertEquals(List.of("ADDED " + schema.qualifiedName()), kinds(catalog.history(schemaId)));
        assertEquals(3, catalog.history(tableId).size());
        assertTrue(catalog.history(987_654L).isEmpty());
    }

    private Asset column(String name) {
        return catalog.findByQualifiedName(SOURCE, table.qualifiedName() + "#" + name).orElseThrow();
    }

    private static List<String> kinds(List<SchemaChange> history) {
        return history.stream().map(c -> c.kind() + " " + c.qualifiedName()).toList();
    }
}
