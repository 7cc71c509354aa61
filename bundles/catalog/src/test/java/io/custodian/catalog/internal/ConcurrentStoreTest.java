package io.custodian.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Scan workers store tables in parallel; two of them may even store the same new table at once. */
class ConcurrentStoreTest extends CatalogTestBase {

    private static final int TABLES = 40;

    @Test
    void workersStoringTheSameNewTablesAtOnceLeaveOneRowEach() throws Exception {
        storeContainers("run-1");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<UpsertResult>>> results = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                results.add(workers.submit(storeAll(start)));
            }
            start.countDown();
            int created = 0;
            for (Future<List<UpsertResult>> result : results) {
                for (UpsertResult stored : result.get(60, TimeUnit.SECONDS)) {
                    created += stored.outcome() == UpsertOutcome.CREATED ? 1 : 0;
                }
            }
            assertEquals(TABLES, created, "each table created exactly once");
        } finally {
            workers.shutdownNow();
        }
        assertSingleRows();
    }

    private Callable<List<UpsertResult>> storeAll(CountDownLatch start) {
        return () -> {
            start.await();
            List<UpsertResult> results = new ArrayList<>();
            for (int t = 0; t < TABLES; t++) {
                AssetDraft table = Drafts.table(schema, "t" + t);
                results.add(catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 3)));
            }
            return results;
        };
    }

    private void assertSingleRows() throws SQLException {
        assertEquals(TABLES, count("type = 'TABLE'"));
        assertEquals(TABLES * 3L, count("type = 'COLUMN'"));
        assertEquals(TABLES, ((Number) db.rows("SELECT COUNT(*) AS n FROM catalog_asset_change c JOIN catalog_asset a "
                + "ON a.id = c.asset_id WHERE a.type = 'TABLE' AND c.kind = 'ADDED'").get(0).get("n")).longValue());
    }
}
