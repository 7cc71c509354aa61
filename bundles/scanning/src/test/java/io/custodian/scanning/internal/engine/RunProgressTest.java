package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.scanning.api.ScanCounts;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void overlappingConnectorCallsCountOnceAsSourceTime() {
        RunProgress progress = new RunProgress();
        long started = System.nanoTime();
        progress.enterSource();
        progress.enterSource(); // a worker's call while the reading thread's runs
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(30)); // a stand-in for the source answering
        progress.leaveSource();
        progress.leaveSource();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertTrue(progress.sourceMillis() >= 30, "at least the time a call was open: " + progress.sourceMillis());
        assertTrue(progress.sourceMillis() <= elapsed, progress.sourceMillis() + " ms is more than the " + elapsed + " ms that passed");
    }

    @Test
    void aCallStillOpenCountsUpToNow() {
        RunProgress progress = new RunProgress();
        progress.enterSource();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));

        assertTrue(progress.sourceMillis() >= 10);
    }

    @Test
    void outcomesOfStoredAssetsAreCounted() {
        RunProgress progress = new RunProgress();
        progress.stored(UpsertOutcome.CREATED);
        progress.stored(UpsertOutcome.CHANGED);
        progress.stored(UpsertOutcome.UNCHANGED);
        progress.skippedUnchanged();
        progress.stored(UpsertOutcome.RESTORED);
        progress.removed(3);
        progress.error();

        assertEquals(new ScanCounts(0, 0, 1, 1, 2, 3, 1, 1), progress.counts());
    }
}
