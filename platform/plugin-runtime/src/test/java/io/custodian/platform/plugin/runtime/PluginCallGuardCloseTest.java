package io.custodian.platform.plugin.runtime;

import static io.custodian.platform.plugin.runtime.Waits.CLOCK;
import static io.custodian.platform.plugin.runtime.Waits.await;
import static io.custodian.platform.plugin.runtime.Waits.failsWith;
import static io.custodian.platform.plugin.runtime.Waits.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A plugin stopped, updated or uninstalled while the platform is calling it. */
class PluginCallGuardCloseTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    private static Object outcomeOf(CompletableFuture<?> call) throws Exception {
        try {
            return call.get(Waits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void afterCloseCallsFailUnavailableAtOnce() {
        PluginCallGuard guard = new PluginCallGuard("acme", CallLimits.defaults(), CLOCK);
        guard.close();

        long start = System.nanoTime();
        PluginCallException failure = failsWith(FailureKind.UNAVAILABLE, () -> guard.call("classify", () -> "x"));

        assertTrue(millisSince(start) < 1_000);
        assertEquals("plugin acme is stopped", failure.getMessage());
        assertFalse(guard.health().available());
    }

    @Test
    void closeIsIdempotent() {
        PluginCallGuard guard = new PluginCallGuard("acme", CallLimits.defaults(), CLOCK);
        guard.close();
        guard.close();
        assertFalse(guard.isAvailable());
    }

    @Test
    void aRunningCallMayFinishWithinTheGrace() throws Exception {
        PluginCallGuard guard = new PluginCallGuard("acme",
                new CallLimits(Duration.ofSeconds(30), 2, Duration.ofSeconds(30), 4), CLOCK);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> guard.call("render", () -> {
            entered.countDown();
            release.await();
            return "chart";
        }), callers);
        await(entered, "the call runs");

        CompletableFuture<Void> closing = CompletableFuture.runAsync(guard::close, callers);
        Waits.awaitCondition(() -> !guard.isAvailable(), "close has begun");
        failsWith(FailureKind.UNAVAILABLE, () -> guard.call("render", () -> "new"));
        assertFalse(closing.isDone(), "close waits for the running call");
        release.countDown();

        assertEquals("chart", call.get(Waits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        closing.get(Waits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void aCallOutlastingTheGraceIsInterruptedAndItsCallerGetsUnavailable() throws Exception {
        PluginCallGuard guard = new PluginCallGuard("acme",
                new CallLimits(Duration.ofSeconds(30), 2, Duration.ofMillis(100), 4), CLOCK);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> guard.call("classify", () -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }), callers);
        await(entered, "the call runs");

        long start = System.nanoTime();
        guard.close();
        Object outcome = outcomeOf(call);
        long released = millisSince(start);

        assertTrue(outcome instanceof PluginCallException e && e.kind() == FailureKind.UNAVAILABLE, "outcome: " + outcome);
        assertEquals("plugin acme was stopped during classify", ((PluginCallException) outcome).getMessage());
        assertTrue(released < 5_000, "the caller got control back " + released + " ms after close, not after the 30 s limit");
        await(interrupted, "the worker is interrupted");
    }

    @Test
    void aCallerIsReleasedEvenIfThePluginIgnoresTheInterrupt() throws Exception {
        PluginCallGuard guard = new PluginCallGuard("acme",
                new CallLimits(Duration.ofSeconds(30), 1, Duration.ofMillis(100), 4), CLOCK);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> guard.call("classify", () -> {
            entered.countDown();
            Waits.awaitIgnoringInterrupts(release, new CountDownLatch(1));
            return "late";
        }), callers);
        await(entered, "the call runs");

        long start = System.nanoTime();
        guard.close();
        Object outcome = outcomeOf(call);

        assertTrue(outcome instanceof PluginCallException e && e.kind() == FailureKind.UNAVAILABLE, "outcome: " + outcome);
        assertTrue(millisSince(start) < 5_000);
        release.countDown();
    }

    @Test
    void aQueuedCallNeverRunsAfterClose() throws Exception {
        PluginCallGuard guard = new PluginCallGuard("acme",
                new CallLimits(Duration.ofSeconds(30), 1, Duration.ofMillis(100), 4), CLOCK);
        CountDownLatch entered = new CountDownLatch(1);
        AtomicBoolean queuedRan = new AtomicBoolean();
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> guard.call("classify", () -> {
            entered.countDown();
            new CountDownLatch(1).await();
            return "never";
        }), callers);
        await(entered, "the first call runs");
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> guard.call("classify", () -> {
            queuedRan.set(true);
            return "queued";
        }), callers);

        guard.close();

        for (Object outcome : List.of(outcomeOf(running), outcomeOf(queued))) {
            assertTrue(outcome instanceof PluginCallException e && e.kind() == FailureKind.UNAVAILABLE, "outcome: " + outcome);
        }
        assertFalse(queuedRan.get());
    }

    @Test
    void uninstalledMidCallEveryCallerGetsItsResultOrUnavailable() throws Exception {
        PluginCallGuard guard = new PluginCallGuard("acme",
                new CallLimits(Duration.ofSeconds(30), 4, Duration.ofMillis(300), 8), CLOCK);
        CountDownLatch allEntered = new CountDownLatch(4);
        CountDownLatch closing = new CountDownLatch(1);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        // Four ways plugin code can be caught by an uninstall: it finishes in the grace, it fails because its
        // classes went away with the bundle, it is interrupted, it ignores the interrupt.
        calls.add(callAsync(guard, allEntered, () -> {
            Waits.await(closing, "close begins");
            return "finished in the grace";
        }));
        calls.add(callAsync(guard, allEntered, () -> {
            Waits.await(closing, "close begins");
            throw new NoClassDefFoundError("com/acme/Helper");
        }));
        calls.add(callAsync(guard, allEntered, () -> {
            new CountDownLatch(1).await();
            return "never";
        }));
        CountDownLatch release = new CountDownLatch(1);
        calls.add(callAsync(guard, allEntered, () -> {
            Waits.awaitIgnoringInterrupts(release, new CountDownLatch(1));
            return "late";
        }));
        await(allEntered, "all four calls run");

        CompletableFuture<Void> closed = CompletableFuture.runAsync(guard::close, callers);
        Waits.awaitCondition(() -> !guard.isAvailable(), "close has begun");
        closing.countDown();
        closed.get(Waits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);

        List<Object> outcomes = new ArrayList<>();
        for (CompletableFuture<String> call : calls) {
            outcomes.add(outcomeOf(call));
        }
        assertEquals("finished in the grace", outcomes.get(0));
        for (Object outcome : outcomes.subList(1, 4)) {
            if (!(outcome instanceof PluginCallException e) || e.kind() != FailureKind.UNAVAILABLE) {
                fail("expected UNAVAILABLE, got " + outcome);
            }
        }
        release.countDown();
    }

    private CompletableFuture<String> callAsync(PluginCallGuard guard, CountDownLatch entered,
                                                java.util.concurrent.Callable<String> body) {
        return CompletableFuture.supplyAsync(() -> guard.call("classify", () -> {
            entered.countDown();
            return body.call();
        }), callers);
    }
}
