package io.custodian.platform.plugin.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyWindowTest {

    private static long millis(long ms) {
        return TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void reportsZeroBeforeAnyCall() {
        LatencyWindow window = new LatencyWindow();
        assertEquals(0, window.percentileMillis(50));
        assertEquals(0, window.percentileMillis(99));
        assertEquals(0, window.size());
    }

    @Test
    void computesNearestRankPercentilesOfKnownValues() {
        LatencyWindow window = new LatencyWindow();
        // Recorded out of order on purpose: 1..100 ms.
        for (int i = 100; i >= 1; i--) {
            window.record(millis(i));
        }
        assertEquals(50, window.percentileMillis(50));
        assertEquals(99, window.percentileMillis(99));
        assertEquals(100, window.percentileMillis(100));
        assertEquals(1, window.percentileMillis(1));
    }

    @Test
    void roundsRankUpForSmallSamples() {
        LatencyWindow window = new LatencyWindow();
        for (int i = 1; i <= 10; i++) {
            window.record(millis(i));
        }
        assertEquals(5, window.percentileMillis(50));   // rank ceil(5.0) = 5
        assertEquals(10, window.percentileMillis(99));  // rank ceil(9.9) = 10
        assertEquals(3, window.percentileMillis(25));   // rank ceil(2.5) = 3
    }

    @Test
    void keepsFractionsOfMilliseconds() {
        LatencyWindow window = new LatencyWindow();
        window.record(1_500_000);
        assertEquals(1.5, window.percentileMillis(50));
    }

    @Test
    void forgetsTheOldestCallsWhenFull() {
        LatencyWindow window = new LatencyWindow(4);
        for (int i = 0; i < 4; i++) {
            window.record(millis(1_000));
        }
        for (int i = 1; i <= 4; i++) {
            window.record(millis(i));
        }
        assertEquals(4, window.size());
        assertEquals(4, window.percentileMillis(99));
        assertEquals(2, window.percentileMillis(50));
    }

    @Test
    void rejectsImpossibleCapacitiesAndPercentiles() {
        assertThrows(IllegalArgumentException.class, () -> new LatencyWindow(0));
        LatencyWindow window = new LatencyWindow();
        assertThrows(IllegalArgumentException.class, () -> window.percentileMillis(0));
        assertThrows(IllegalArgumentException.class, () -> window.percentileMillis(100.5));
        assertThrows(IllegalArgumentException.class, () -> window.percentileMillis(Double.NaN));
    }
}
