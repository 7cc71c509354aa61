package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.AssetQuery;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an incremental scan relies on: change tokens per container and marking skipped tables seen. */
class IncrementalScanTest extends CatalogTestBase {

    @Test
    void changeTokensAreThoseOfTheLiveDirectChildrenThatHaveOne() {
        storeContainers("run-1");
        AssetDraft a = table("a", "tok-a");
        table("b", "tok-b");
        AssetDraft untokened = table("untokened", null);
        storeContainers("run-2");
        catalog.upsertWithColumns("run-2", a, Drafts.columns(a, 2));
        catalog.upsertWithColumns("run-2", untokened, Drafts.columns(untokened, 2));
        catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());

        assertEquals(Map.of(a.qualifiedName(), "tok-a"), catalog.changeTokens(SOURCE, schema.qualifiedName()),
                "b is tombstoned, untokened has no token");
        assertEquals(Map.of(), catalog.changeTokens(SOURCE, database.qualifiedName()), "containers have no token");
        assertEquals(Map.of(), catalog.changeTokens(SOURCE, schema.qualifiedName() + ".nope"));
        assertEquals(Map.of(), catalog.changeTokens("2", schema.qualifiedName()));
    }

    @Test
    void markSeenMovesTheSkippedTablesAndTheirColumnsSoTheySurviveTombstoning() throws SQLException {
        storeContainers("run-1");
        AssetDraft skipped = table("skipped", "t");
        AssetDraft vanished = table("vanished", "t");
        clock.advance(Duration.ofHours(2));
        storeContainers("run-2");

        catalog.markSeen("run-2", SOURCE, List.of(skipped.qualifiedName()));
        List<String> removed = catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());

        assertEquals(List.of(vanished.qualifiedName()), removed);
        long skippedId = catalog.findByQualifiedName(SOURCE, skipped.qualifiedName()).orElseThrow().id();
        assertEquals(1, count("id = " + skippedId + " AND last_seen_run = 'run-2' AND removed_at IS NULL"));
        assertEquals(0, count("parent_id = " + skippedId + " AND last_seen_run = 'run-2'"), "columns are not written");
        List<Asset> columns = catalog.search(new AssetQuery(SOURCE, AssetType.COLUMN, skippedId, null, false, null, 10)).items();
        assertEquals(2, columns.size());
        for (Asset column : columns) {
            assertEquals("run-2", column.lastSeenRun(), "a live column is seen with its table");
            assertEquals(Instant.parse("2026-03-01T12:00:00Z"), column.lastSeenAt());
            assertEquals("run-2", catalog.find(column.id()).orElseThrow().lastSeenRun());
            assertEquals("run-2", catalog.findByQualifiedName(SOURCE, column.qualifiedName()).orElseThrow().lastSeenRun());
        }
    }

    @Test
    void markSeenLeavesTombstonesAndOtherSourcesAlone() throws SQLException {
        storeContainers("run-1");
        AssetDraft gone = table("gone", "t");
        storeContainers("run-2");
        catalog.tombstoneUnseen("run-2", SOURCE, schema.qualifiedName());
        AssetDraft otherSchema = Drafts.schema("2", "shop", "public");
        catalog.upsert("run-1", Drafts.source("2"));
        catalog.upsert("run-1", Drafts.database("2", "shop"));
        catalog.upsert("run-1", otherSchema);
        AssetDraft other = Drafts.table(otherSchema, "gone");
        catalog.upsertWithColumns("run-1", other, Drafts.columns(other, 1));

        catalog.markSeen("run-3", SOURCE, List.of(gone.qualifiedName()));
        catalog.markSeen("run-3", SOURCE, List.of());

        assertEquals(0, count("last_seen_run = 'run-3'"));
        assertTrue(catalog.findByQualifiedName(SOURCE, gone.qualifiedName()).orElseThrow().removed());
    }

    @Test
    void markSeenTakesMoreNamesThanOneStatementHolds() throws SQLException {
        storeContainers("run-1");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 620; i++) {
            AssetDraft t = Drafts.table(schema, "t" + i);
            catalog.upsertWithColumns("run-1", t, Drafts.columns(t, 1));
            names.add(t.qualifiedName());
        }

        catalog.markSeen("run-2", SOURCE, names);

        assertEquals(620, count("last_seen_run = 'run-2' AND type = 'TABLE'"));
        Asset last = catalog.findByQualifiedName(SOURCE, names.get(619)).orElseThrow();
        assertEquals("run-2", catalog.search(new AssetQuery(SOURCE, AssetType.COLUMN, last.id(), null, false, null, 10))
                .items().get(0).lastSeenRun());
    }

    private AssetDraft table(String name, String token) {
        AssetDraft table = Drafts.table(schema, name, Map.of(), token);
        catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 2));
        return table;
    }
}
