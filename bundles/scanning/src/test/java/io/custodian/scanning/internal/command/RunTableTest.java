package io.custodian.scanning.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.definition.ScanDefinition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTableTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static ScanRun run(ScanStatus status, String message) {
        return new ScanRun("0b0c6f1e-3a55-4c1e-9d7c-5f0e2c7a9b11", 3, 1, status, ScanTrigger.SHELL, "karaf", "root", T0, T0,
                status.finished() ? T0.plusSeconds(2) : null, new ScanCounts(2, 40, 38, 1, 1, 2, 0, 1), 1500, 2000,
                status.finished() ? 100 : 40, null, message);
    }

    @Test
    void aFinishedRunShowsItsCountsTimesAndMessage() {
        String text = RunTable.run(run(ScanStatus.PARTIAL, "1 object(s) failed"));

        assertEquals("""
                Run 0b0c6f1e-3a55-4c1e-9d7c-5f0e2c7a9b11: PARTIAL
                  containers 2, assets 40, added 38, changed 1, unchanged 1, removed 2, restored 0, errors 1
                  time in the source 1500 ms, total 2000 ms
                  1 object(s) failed
                """, text);
    }

    @Test
    void aRunningRunShowsItsPercent() {
        assertTrue(RunTable.run(run(ScanStatus.RUNNING, null)).startsWith("Run 0b0c6f1e-3a55-4c1e-9d7c-5f0e2c7a9b11: RUNNING (40%)\n"));
    }

    @Test
    void tablesHaveAHeaderAndALinePerEntry() {
        String runs = RunTable.runs(List.of(run(ScanStatus.COMPLETED, null), run(ScanStatus.FAILED, "x")));
        String definitions = RunTable.definitions(List.of(new ScanDefinition(3, "shop scan", 1, List.of("public.*"), List.of(),
                ScanLevel.STATISTICS, null, "0 0 2 * * ?", 2, "ada", T0, T0)));

        assertEquals(3, runs.lines().count());
        assertTrue(runs.lines().toList().get(1).contains("COMPLETED"));
        assertTrue(definitions.lines().toList().get(1).contains("0 0 2 * * ?"));
        assertTrue(definitions.contains("include [public.*]"));
        assertEquals("No scan runs.\n", RunTable.runs(List.of()));
        assertEquals("No scan definitions.\n", RunTable.definitions(List.of()));
    }
}
