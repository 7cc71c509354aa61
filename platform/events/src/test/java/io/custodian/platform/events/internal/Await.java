package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline (the bus is asynchronous); fails the test when it passes. */
final class Await {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Await() {
    }

    static void until(BooleanSupplier condition, Supplier<String> describe) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition not met within " + TIMEOUT + ": " + describe.get());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
