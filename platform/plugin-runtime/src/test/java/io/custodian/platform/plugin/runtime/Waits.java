package io.custodian.platform.plugin.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.function.Executable;

/** Waiting helpers for tests: latches and conditions with deadlines, never bare sleeps. */
final class Waits {

    /** How long a test waits for something that should happen at once before it calls the test failed. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    /** A clock fixed at a known instant, so failure times can be asserted. */
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Waits() {
    }

    static void await(CountDownLatch latch, String what) {
        try {
            assertTrue(latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "timed out waiting until " + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted waiting until " + what);
        }
    }

    static void awaitCondition(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    /** Plugin code that waits for {@code release} and will not be interrupted; counts each interrupt down on {@code interrupted}. */
    static void awaitIgnoringInterrupts(CountDownLatch release, CountDownLatch interrupted) {
        while (true) {
            try {
                release.await();
                return;
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }
    }

    /** Asserts that {@code call} fails with a {@link PluginCallException} of {@code kind}, and returns it. */
    static PluginCallException failsWith(FailureKind kind, Executable call) {
        PluginCallException failure = assertThrows(PluginCallException.class, call);
        assertEquals(kind, failure.kind(), failure.getMessage());
        return failure;
    }

    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
