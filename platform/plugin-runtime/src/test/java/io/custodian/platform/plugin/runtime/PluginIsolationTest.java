package io.custodian.platform.plugin.runtime;

import static io.custodian.platform.plugin.runtime.Waits.CLOCK;
import static io.custodian.platform.plugin.runtime.Waits.failsWith;
import static io.custodian.platform.plugin.runtime.Waits.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** One plugin misbehaving leaves another plugin's calls, threads and health alone. */
class PluginIsolationTest {

    @Test
    void aStuckPluginDoesNotSlowDownAnotherPlugin() {
        CallLimits limits = new CallLimits(Duration.ofMillis(200), 1, Duration.ofMillis(50), 2);
        CountDownLatch release = new CountDownLatch(1);
        try (PluginCallGuard bad = new PluginCallGuard("bad", limits, CLOCK);
             PluginCallGuard good = new PluginCallGuard("good", limits, CLOCK)) {
            failsWith(FailureKind.TIMED_OUT, () -> bad.call("classify", () -> {
                Waits.awaitIgnoringInterrupts(release, new CountDownLatch(1));
                return "late";
            }));
            for (int i = 0; i < 10; i++) {
                failsWith(FailureKind.UNAVAILABLE, () -> bad.call("classify", () -> "flood"));
            }
            assertFalse(bad.isAvailable());

            long start = System.nanoTime();
            String answer = good.call("classify", () -> Thread.currentThread().getName());

            assertTrue(millisSince(start) < 200, "the good plugin answered without waiting");
            assertTrue(answer.startsWith("plugin-good-"), answer);
            PluginHealth health = good.health();
            assertEquals(1, health.calls());
            assertEquals(0, health.failures());
            assertNull(health.lastFailure());
            assertTrue(health.available());
            assertEquals(11, bad.health().failures());
        } finally {
            release.countDown();
        }
    }

    @Test
    void closingOnePluginLeavesTheOtherRunning() {
        try (PluginCallGuard other = new PluginCallGuard("other", CallLimits.defaults(), CLOCK)) {
            PluginCallGuard closing = new PluginCallGuard("closing", CallLimits.defaults(), CLOCK);
            assertEquals("before", other.call("describe", () -> "before"));

            closing.close();

            assertEquals("after", other.call("describe", () -> "after"));
            assertTrue(other.isAvailable());
            assertFalse(closing.isAvailable());
        }
    }
}
