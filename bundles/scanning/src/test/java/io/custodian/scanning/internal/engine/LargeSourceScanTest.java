package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.testing.ConnectorSources;
import io.custodian.scanning.internal.testing.GeneratedConnector;
import io.custodian.scanning.internal.testing.InMemoryCatalog;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The engine on a connector that makes up its tables lazily: memory stays bounded, cancel stops and removes nothing. */
class LargeSourceScanTest {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final ConnectorSources sources = new ConnectorSources();

    @Test
    void aHundredThousandTablesAreStreamedWithABoundedNumberInFlight() {
        GeneratedConnector connector = new GeneratedConnector(100_000);
        DataSource source = sources.add("generated", connector, Map.of(), Map.of());
        AtomicLong mostInFlight = new AtomicLong();
        connector.onProduced(produced -> mostInFlight.accumulateAndGet(produced - catalog.assetWrites(), Math::max));
        int workers = 2;

        EngineRun run = new EngineRun(catalog, sources, source, ScanLevel.METADATA, ScanScope.ALL, workers).run();

        assertEquals(ScanStatus.COMPLETED, run.status());
        assertEquals(100_000, run.counts().assetsSeen());
        assertEquals(100_000, catalog.assetWrites());
        long bound = (long) workers * TableWorkers.IN_FLIGHT_PER_WORKER + 1;
        assertTrue(mostInFlight.get() <= bound, "at most " + bound + " described tables held at once, saw " + mostInFlight.get());
    }

    @Test
    void aCancelledRunStopsAtTheNextElementAndRemovesNothing() {
        GeneratedConnector connector = new GeneratedConnector(1_000);
        DataSource source = sources.add("generated", connector, Map.of(), Map.of());
        assertEquals(ScanStatus.COMPLETED, EngineRun.of(catalog, sources, source, ScanLevel.STATISTICS).run().status());
        EngineRun cancelled = EngineRun.of(catalog, sources, source, ScanLevel.STATISTICS);
        connector.onProduced(produced -> {
            if (produced == 1_500) {
                cancelled.control.cancel();
            }
        });

        cancelled.run();

        assertEquals(ScanStatus.CANCELLED, cancelled.status());
        assertEquals(1_500, connector.produced(), "no element read after the cancel");
        assertEquals(0, cancelled.counts().removed());
        assertTrue(catalog.names(n -> n.removed).isEmpty(), "tables the cancelled run did not reach stay live");
    }

    @Test
    void aSecondRunOfAnUnchangedSourceOnlyMarksItsTablesSeen() {
        GeneratedConnector connector = new GeneratedConnector(2_000);
        DataSource source = sources.add("generated", connector, Map.of(), Map.of());
        EngineRun.of(catalog, sources, source, ScanLevel.STATISTICS).run();

        EngineRun second = EngineRun.of(catalog, sources, source, ScanLevel.STATISTICS).run();

        assertEquals(ScanStatus.COMPLETED, second.status());
        assertEquals(2_000, catalog.assetWrites(), "nothing stored twice");
        assertEquals(2_000, second.counts().unchanged(), "the tables skipped");
        assertEquals(second.runId, catalog.require("generated://test/gen.s.t1999").lastSeenRun);
        assertEquals(0, second.counts().removed());
    }
}
