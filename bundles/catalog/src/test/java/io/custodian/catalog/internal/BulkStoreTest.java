package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size a real scan writes: 2,000 tables of 20 columns each, every table in its own transaction. Asserts what was
 * stored, not how fast; the time is printed for the record (the benchmark scans 10,000 such tables).
 */
class BulkStoreTest extends CatalogTestBase {

    private static final int TABLES = 2_000;
    private static final int COLUMNS = 20;

    @Test
    void storesTwoThousandTablesOfTwentyColumnsAndRescansThemUnchanged() throws SQLException {
        storeContainers("run-1");
        long started = System.nanoTime();
        for (int t = 0; t < TABLES; t++) {
            AssetDraft table = Drafts.table(schema, "t" + t);
            UpsertResult result = catalog.upsertWithColumns("run-1", table, Drafts.columns(table, COLUMNS));
            assertEquals(UpsertOutcome.CREATED, result.outcome());
            assertEquals(COLUMNS, result.columnsAdded());
        }
        long firstScan = System.nanoTime() - started;

        started = System.nanoTime();
        for (int t = 0; t < TABLES; t++) {
            AssetDraft table = Drafts.table(schema, "t" + t);
            UpsertResult result = catalog.upsertWithColumns("run-2", table, Drafts.columns(table, COLUMNS));
            assertEquals(UpsertOutcome.UNCHANGED, result.outcome());
            assertEquals(0, result.columnsAdded() + result.columnsChanged() + result.columnsRemoved());
        }
        long rescan = System.nanoTime() - started;
        System.out.printf("BulkStoreTest: %d tables x %d columns stored in %d ms, stored again unchanged in %d ms%n",
                TABLES, COLUMNS, firstScan / 1_000_000, rescan / 1_000_000);

        assertEquals(TABLES, count("type = 'TABLE' AND removed_at IS NULL AND last_seen_run = 'run-2'"));
        assertEquals((long) TABLES * COLUMNS, count("type = 'COLUMN' AND removed_at IS NULL AND last_seen_run = 'run-2'"
                + " AND first_seen_run = 'run-1'"));
        assertEquals(TABLES, ((Number) db.rows("SELECT COUNT(DISTINCT parent_id) AS n FROM catalog_asset "
                + "WHERE type = 'COLUMN'").get(0).get("n")).longValue(), "every column hangs under its own table");
        // One ADDED entry per table (and container), none for the columns stored with their table, none for rescans.
        assertEquals(TABLES + 3L, ((Number) db.rows("SELECT COUNT(*) AS n FROM catalog_asset_change")
                .get(0).get("n")).longValue());
        List<String> last = catalog.search(new io.custodian.catalog.api.AssetQuery(SOURCE,
                io.custodian.catalog.api.AssetType.COLUMN, null, "shop.public.t1999#c19", false, null, 10))
                .items().stream().map(a -> a.technical().get("position").toString()).toList();
        assertEquals(List.of("20"), last);
    }
}
