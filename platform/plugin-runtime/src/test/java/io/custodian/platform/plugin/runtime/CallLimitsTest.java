package io.custodian.platform.plugin.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallLimitsTest {

    @Test
    void defaultsAreTenSecondsAndFourCalls() {
        CallLimits limits = CallLimits.defaults();
        assertEquals(Duration.ofSeconds(10), limits.timeout());
        assertEquals(4, limits.maxConcurrentCalls());
        assertEquals(Duration.ofSeconds(2), limits.closeGrace());
        assertEquals(64, limits.maxQueuedCalls());
    }

    @Test
    void twoArgumentFormKeepsDefaultGraceAndQueue() {
        CallLimits limits = new CallLimits(Duration.ofSeconds(3), 2);
        assertEquals(new CallLimits(Duration.ofSeconds(3), 2, Duration.ofSeconds(2), 64), limits);
        assertEquals(Duration.ofMillis(50), limits.withCloseGrace(Duration.ofMillis(50)).closeGrace());
        assertEquals(0, limits.withMaxQueuedCalls(0).maxQueuedCalls());
        assertEquals(Duration.ofSeconds(1), limits.withTimeout(Duration.ofSeconds(1)).timeout());
    }

    @Test
    void rejectsLimitsThatCannotWork() {
        assertEquals("a call timeout is positive: PT0S",
                assertThrows(IllegalArgumentException.class, () -> new CallLimits(Duration.ZERO, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CallLimits(Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class, () -> new CallLimits(Duration.ofSeconds(1), 1, Duration.ofSeconds(-1), 1));
        assertThrows(IllegalArgumentException.class, () -> new CallLimits(Duration.ofSeconds(1), 1, Duration.ZERO, -1));
        assertThrows(NullPointerException.class, () -> new CallLimits(null, 1));
    }
}
