package io.custodian.scanning.internal.engine;

import static io.custodian.scanning.internal.testing.CountingConnector.qualifiedName;
import static io.custodian.scanning.internal.testing.CountingConnector.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.testing.ConnectorSources;
import io.custodian.scanning.internal.testing.CountingConnector;
import io.custodian.scanning.internal.testing.InMemoryCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Re-scans of a container the catalog holds change tokens for: the connector lists tokens, and describes only the
 * tables whose token moved, in bounded batches. A counting connector shows what the scan asked of it.
 */
class IncrementalScanTest {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final ConnectorSources sources = new ConnectorSources();

    private CountingConnector connector;
    private DataSource source;

    private void source(int tables) {
        connector = new CountingConnector(tables);
        source = sources.add("counting", connector, Map.of(), Map.of());
    }

    private EngineRun scan(ScanLevel level) {
        return EngineRun.of(catalog, sources, source, level).run();
    }

    /** A completed scan, after which the connector's counts start again from zero. */
    private void scanned(ScanLevel level) {
        EngineRun run = scan(level);
        assertEquals(ScanStatus.COMPLETED, run.status(), () -> run.errors.toString());
        connector.resetCounts();
    }

    @Test
    void aFirstScanReadsTheDescribedAssetsInOnePass() {
        source(20);

        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, run.status(), () -> run.errors.toString());
        assertEquals(20, run.counts().added());
        assertEquals(1, connector.fullPasses(), "the schema's assets, described once");
        assertEquals(0, connector.listings(), "no tokens are stored yet, so there is nothing to compare a listing with");
        assertTrue(connector.describeCalls().isEmpty());
        assertEquals(20, connector.described());
    }

    @Test
    void aRescanAfterOneChangeDescribesOnlyThatTable() {
        source(1_000);
        scanned(ScanLevel.METADATA);
        connector.change(table(500));

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, rescan.status(), () -> rescan.errors.toString());
        assertEquals(List.of(Set.of(table(500))), connector.describeCalls());
        assertEquals(1, connector.described(), "the other 999 tables are not described");
        assertEquals(0, connector.fullPasses());
        assertEquals(1, connector.listings());
        ScanCounts counts = rescan.counts();
        assertEquals(1_000, counts.assetsSeen());
        assertEquals(1, counts.changed());
        assertEquals(999, counts.unchanged());
        assertEquals(0, counts.added() + counts.removed() + counts.restored() + counts.errors());
        assertEquals("v2", catalog.require(qualifiedName(table(500))).changeToken);
        assertEquals(rescan.runId, catalog.require(qualifiedName(table(999))).lastSeenRun, "unchanged tables are marked seen");
        assertEquals(1_001, catalog.assetWrites());
        assertEquals(100, rescan.progress.percent());
    }

    @Test
    void aRescanCountsAddedChangedRestoredRemovedAndUnchangedTables() {
        source(10);
        scanned(ScanLevel.METADATA);
        connector.drop(table(9));
        scanned(ScanLevel.METADATA);
        assertTrue(catalog.require(qualifiedName(table(9))).removed);
        connector.change(table(1));
        connector.add(table(10));
        connector.add(table(9));
        connector.drop(table(8));

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, rescan.status(), () -> rescan.errors.toString());
        ScanCounts counts = rescan.counts();
        assertEquals(1, counts.changed());
        assertEquals(1, counts.added());
        assertEquals(1, counts.restored());
        assertEquals(1, counts.removed());
        assertEquals(7, counts.unchanged());
        assertEquals(10, counts.assetsSeen());
        assertEquals(List.of(Set.of(table(1), table(9), table(10))), connector.describeCalls());
        assertFalse(catalog.require(qualifiedName(table(9))).removed);
        assertTrue(catalog.require(qualifiedName(table(8))).removed);
    }

    @Test
    void droppedTablesAreTombstonedWithTheirColumnsWithoutDescribingAnything() {
        source(100);
        scanned(ScanLevel.METADATA);
        connector.drop(table(10));
        connector.drop(table(11));

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, rescan.status(), () -> rescan.errors.toString());
        assertEquals(2, rescan.counts().removed());
        assertEquals(98, rescan.counts().unchanged());
        assertTrue(catalog.require(qualifiedName(table(10))).removed);
        assertTrue(catalog.require(qualifiedName(table(11)) + "#label").removed);
        assertFalse(catalog.require(qualifiedName(table(12))).removed);
        assertTrue(connector.describeCalls().isEmpty(), "nothing changed, so nothing is described");
        assertEquals(0, connector.described());
    }

    @Test
    void aFailureInTheListingTombstonesNothingButChangedTablesAreStillStored() {
        source(100);
        scanned(ScanLevel.METADATA);
        connector.drop(table(10));
        connector.change(table(80));
        connector.failListingStep(50);

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.PARTIAL, rescan.status());
        assertEquals(1, rescan.counts().errors(), () -> rescan.errors.toString());
        assertEquals("connector.permission_missing", rescan.errors.get(0).code());
        assertEquals("counting://test/count.s", rescan.errors.get(0).objectName(), "the listing of the schema failed");
        assertEquals(0, rescan.counts().removed());
        assertFalse(catalog.require(qualifiedName(table(10))).removed, "the listing was not complete: nothing removed");
        assertFalse(catalog.require(qualifiedName(table(51))).removed, "the table of the failed step is not removed either");
        assertEquals(1, rescan.counts().changed(), "the listing went on after the failed step");
        assertEquals(List.of(Set.of(table(80))), connector.describeCalls());
    }

    @Test
    void aTableListedButGoneWhenDescribedIsAnErrorAndBlocksTombstonesInItsContainer() {
        source(100);
        scanned(ScanLevel.METADATA);
        connector.drop(table(10));
        connector.change(table(20));
        connector.vanishWhenDescribed(table(30));

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.PARTIAL, rescan.status());
        assertEquals(1, rescan.counts().errors(), () -> rescan.errors.toString());
        assertEquals(qualifiedName(table(30)), rescan.errors.get(0).objectName());
        assertEquals(RunErrors.VANISHED, rescan.errors.get(0).code());
        assertEquals(List.of(Set.of(table(20), table(30))), connector.describeCalls());
        assertEquals(1, rescan.counts().changed(), "the other changed table is stored");
        assertEquals(0, rescan.counts().removed());
        assertFalse(catalog.require(qualifiedName(table(10))).removed, "no tombstones in a container with a vanished table");
        assertFalse(catalog.require(qualifiedName(table(30))).removed);
    }

    @Test
    void aStatisticsScanDescribesAgainWhatOnlyAMetadataScanStoredAndThenNothing() {
        source(10);
        scanned(ScanLevel.METADATA);

        EngineRun statistics = scan(ScanLevel.STATISTICS);
        List<Set<String>> statisticsCalls = connector.describeCalls();
        connector.resetCounts();
        EngineRun again = scan(ScanLevel.STATISTICS);
        EngineRun metadata = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, statistics.status(), () -> statistics.errors.toString());
        assertEquals(1, statisticsCalls.size());
        assertEquals(10, statisticsCalls.get(0).size(), "a metadata token does not let a statistics scan skip the table");
        assertEquals(10L, catalog.require(qualifiedName(table(3))).profile.get("rowCount"));
        assertEquals("v1" + StoredTokens.PROFILED, catalog.require(qualifiedName(table(3))).changeToken);
        assertEquals(10, again.counts().unchanged());
        assertEquals(10, metadata.counts().unchanged(), "a profiled token lets a metadata scan skip the table too");
        assertTrue(connector.describeCalls().isEmpty());
        assertEquals(0, connector.described());
    }

    @Test
    void aHundredThousandChangedTablesAreDescribedInBoundedBatchesWithBoundedMemory() {
        source(100_000);
        scanned(ScanLevel.METADATA);
        connector.changeAll();
        AtomicLong mostInFlight = new AtomicLong();
        long writesBefore = catalog.assetWrites();
        connector.onDescribed(described -> mostInFlight.accumulateAndGet(described - (catalog.assetWrites() - writesBefore), Math::max));
        int workers = 2;

        EngineRun rescan = new EngineRun(catalog, sources, source, ScanLevel.METADATA, ScanScope.ALL, workers).run();

        assertEquals(ScanStatus.COMPLETED, rescan.status(), () -> rescan.errors.toString());
        assertEquals(100_000, rescan.counts().changed());
        assertEquals(1, connector.listings());
        assertEquals(0, connector.fullPasses());
        List<Set<String>> calls = connector.describeCalls();
        assertEquals(100_000 / IncrementalAssets.BATCH, calls.size());
        assertTrue(calls.stream().allMatch(names -> names.size() <= IncrementalAssets.BATCH), "no call names more than a batch");
        Set<String> asked = new HashSet<>();
        calls.forEach(asked::addAll);
        assertEquals(100_000, asked.size(), "every table asked for once");
        long bound = (long) workers * TableWorkers.IN_FLIGHT_PER_WORKER + 1;
        assertTrue(mostInFlight.get() <= bound, "at most " + bound + " described tables held at once, saw " + mostInFlight.get());
    }
}
