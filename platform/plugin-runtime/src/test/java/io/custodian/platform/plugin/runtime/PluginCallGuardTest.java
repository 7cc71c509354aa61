package io.custodian.platform.plugin.runtime;

import static io.custodian.platform.plugin.runtime.Waits.CLOCK;
import static io.custodian.platform.plugin.runtime.Waits.NOW;
import static io.custodian.platform.plugin.runtime.Waits.await;
import static io.custodian.platform.plugin.runtime.Waits.failsWith;
import static io.custodian.platform.plugin.runtime.Waits.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.ScopeDeniedException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginCallGuardTest {

    private static final CallLimits FAST = new CallLimits(Duration.ofMillis(200), 2, Duration.ofMillis(100), 8);
    /** How much later than its time limit a timed-out call may return control to the kernel, on a busy build machine. */
    private static final long SLACK_MILLIS = 1_500;

    private final List<PluginCallGuard> guards = new ArrayList<>();

    private PluginCallGuard guard(String id, CallLimits limits) {
        PluginCallGuard guard = new PluginCallGuard(id, limits, CLOCK);
        guards.add(guard);
        return guard;
    }

    @AfterEach
    void closeGuards() {
        guards.forEach(PluginCallGuard::close);
    }

    @Test
    void returnsTheResultAndCountsTheCall() {
        PluginCallGuard guard = guard("acme", FAST);

        assertEquals("hello", guard.call("describe", () -> "hello"));

        PluginHealth health = guard.health();
        assertEquals("acme", health.pluginId());
        assertEquals(1, health.calls());
        assertEquals(0, health.failures());
        assertNull(health.lastFailure());
        assertTrue(health.available());
        assertEquals(0, health.inFlight());
        assertTrue(health.p99Millis() > 0, "latency was recorded");
    }

    @Test
    void runsOnNamedDaemonWorkersWithThePluginClassLoader() throws Exception {
        try (URLClassLoader pluginLoader = new URLClassLoader(new URL[0], null)) {
            PluginCallGuard guard = new PluginCallGuard("acme", FAST, CLOCK, pluginLoader, ScopeDenialListener.none());
            guards.add(guard);

            Thread worker = guard.call("describe", Thread::currentThread);

            assertTrue(worker.getName().matches("plugin-acme-\\d+"), worker.getName());
            assertTrue(worker.isDaemon());
            assertSame(pluginLoader, guard.call("describe", () -> Thread.currentThread().getContextClassLoader()));
        }
    }

    @Test
    void aRuntimeExceptionBecomesAFailureWithOneLineAndNoCause() {
        PluginCallGuard guard = guard("acme", FAST);

        PluginCallException failure = failsWith(FailureKind.FAILED, () -> guard.call("classify", () -> {
            throw new IllegalStateException("exploded\n\tat com.acme.Secret.run(Secret.java:12)\n\tat java.base/Thread.run");
        }));

        assertEquals("plugin acme failed in classify: IllegalStateException: exploded at com.acme.Secret.run(Secret.java:12) "
                + "at java.base/Thread.run", failure.getMessage());
        assertNull(failure.getCause(), "the plugin's throwable is not kept");
        assertEquals("acme", failure.pluginId());
        assertEquals("classify", failure.operation());
        PluginFailure last = guard.health().lastFailure();
        assertEquals(new PluginFailure(NOW, "classify", FailureKind.FAILED, failure.getMessage()), last);
        assertEquals(1, guard.health().failures());
    }

    @Test
    void aVeryLongMessageIsCut() {
        PluginCallGuard guard = guard("acme", FAST);

        PluginCallException failure = failsWith(FailureKind.FAILED, () -> guard.call("classify", () -> {
            throw new PluginException("x".repeat(100_000));
        }));

        assertTrue(failure.getMessage().length() < 400, "message length " + failure.getMessage().length());
        assertTrue(failure.getMessage().endsWith("…"));
    }

    @Test
    void aPluginExceptionKeepsItsSentenceWithoutTheClassName() {
        PluginCallGuard guard = guard("acme", FAST);

        PluginCallException failure = failsWith(FailureKind.FAILED, () -> guard.call("classify", () -> {
            throw new PluginException("the dictionary file is missing");
        }));

        assertEquals("plugin acme failed in classify: the dictionary file is missing", failure.getMessage());
    }

    @Test
    void errorsAreCaughtAndTheGuardKeepsWorking() {
        PluginCallGuard guard = guard("acme", FAST);

        PluginCallException overflow = failsWith(FailureKind.FAILED, () -> guard.call("classify", () -> recurse(0)));
        PluginCallException missing = failsWith(FailureKind.FAILED, () -> guard.call("classify", () -> {
            throw new NoClassDefFoundError("com/acme/Gone");
        }));
        PluginCallException memory = failsWith(FailureKind.FAILED, () -> guard.call("classify", () -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        assertEquals("plugin acme failed in classify: StackOverflowError", overflow.getMessage());
        assertEquals("plugin acme failed in classify: NoClassDefFoundError: com/acme/Gone", missing.getMessage());
        assertEquals("plugin acme failed in classify: OutOfMemoryError: Java heap space", memory.getMessage());
        assertEquals("still here", guard.call("classify", () -> "still here"));
        assertEquals(4, guard.health().calls());
        assertEquals(3, guard.health().failures());
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void aScopeDeniedInsidePluginCodeIsReportedAsScopeDenied() {
        PluginCallGuard guard = guard("acme", FAST);

        PluginCallException failure = failsWith(FailureKind.SCOPE_DENIED, () -> guard.call("classify", () -> {
            throw new ScopeDeniedException("acme", Scope.SAMPLES_READ);
        }));

        assertTrue(failure.getMessage().contains("samples.read"), failure.getMessage());
    }

    @Test
    void aHungCallTimesOutAndItsWorkerIsInterrupted() {
        PluginCallGuard guard = guard("acme", FAST);
        CountDownLatch interrupted = new CountDownLatch(1);

        long start = System.nanoTime();
        PluginCallException failure = failsWith(FailureKind.TIMED_OUT, () -> guard.call("classify", () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never seen";
        }));
        long elapsed = millisSince(start);

        assertTrue(elapsed >= 190 && elapsed < 200 + SLACK_MILLIS, "control came back after " + elapsed + " ms");
        assertEquals("plugin acme did not answer classify within 200 ms", failure.getMessage());
        await(interrupted, "the hung worker is interrupted");
        PluginHealth health = guard.health();
        assertEquals(1, health.timeouts());
        assertEquals(1, health.failures());
        assertEquals(FailureKind.TIMED_OUT, health.lastFailure().kind());
        assertTrue(health.p50Millis() >= 190, "the timed-out call's latency counts: " + health.p50Millis());
    }

    @Test
    void aMessageThatHangsTimesOutInsteadOfHangingTheCaller() {
        PluginCallGuard guard = guard("acme", FAST);
        CountDownLatch release = new CountDownLatch(1);

        long start = System.nanoTime();
        failsWith(FailureKind.TIMED_OUT, () -> guard.call("classify", () -> {
            throw new RuntimeException() {
                @Override
                public String getMessage() {
                    Waits.awaitIgnoringInterrupts(release, new CountDownLatch(1));
                    return "late";
                }
            };
        }));

        assertTrue(millisSince(start) < 200 + SLACK_MILLIS);
        release.countDown();
    }

    @Test
    void whenEveryWorkerIsStuckCallsFailAtOnceUntilOneReturns() {
        PluginCallGuard guard = guard("stuck", new CallLimits(Duration.ofMillis(200), 1, Duration.ofMillis(100), 4));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        failsWith(FailureKind.TIMED_OUT, () -> guard.call("classify", () -> {
            Waits.awaitIgnoringInterrupts(release, interrupted);
            return "late";
        }));
        await(interrupted, "the stuck worker was interrupted (and ignored it)");

        long start = System.nanoTime();
        PluginCallException busy = failsWith(FailureKind.UNAVAILABLE, () -> guard.call("classify", () -> "fresh"));
        long elapsed = millisSince(start);

        assertTrue(elapsed < 200, "refused before the time limit could run out: " + elapsed + " ms");
        assertEquals("plugin stuck is busy: all 1 of its workers are stuck in calls that timed out", busy.getMessage());
        PluginHealth health = guard.health();
        assertFalse(health.available());
        assertEquals(1, health.inFlight());

        release.countDown();
        Waits.awaitCondition(guard::isAvailable, "the stuck call returned");
        assertEquals("fresh", guard.call("classify", () -> "fresh"));
    }

    @Test
    void aFullQueueRefusesCallsAtOnce() throws Exception {
        PluginCallGuard guard = guard("acme", new CallLimits(Duration.ofSeconds(10), 1, Duration.ofMillis(100), 1));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> guard.call("classify", () -> {
            entered.countDown();
            release.await();
            return 1;
        }));
        first.start();
        await(entered, "the first call runs");

        // The worker is taken; one of the next two calls takes the only queue slot, the other is refused.
        AtomicReference<Object> second = new AtomicReference<>();
        AtomicReference<Object> third = new AtomicReference<>();
        Thread secondCaller = new Thread(() -> second.set(outcome(() -> guard.call("classify", () -> 2))));
        Thread thirdCaller = new Thread(() -> third.set(outcome(() -> guard.call("classify", () -> 3))));
        secondCaller.start();
        thirdCaller.start();
        Waits.awaitCondition(() -> second.get() != null || third.get() != null, "one of the two calls is answered");

        // Answered while the only worker is still blocked: the refusal did not wait for a worker.
        Object refused = second.get() != null ? second.get() : third.get();
        assertTrue(refused instanceof PluginCallException, "refused: " + refused);
        assertEquals(FailureKind.UNAVAILABLE, ((PluginCallException) refused).kind());
        assertEquals("plugin acme is busy: 1 calls are already waiting", ((PluginCallException) refused).getMessage());

        release.countDown();
        for (Thread thread : List.of(first, secondCaller, thirdCaller)) {
            thread.join(Waits.PATIENCE.toMillis());
        }
        Object queued = refused == second.get() ? third.get() : second.get();
        assertTrue(queued instanceof Integer, "the queued call ran once a worker was free: " + queued);
    }

    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (PluginCallException e) {
            return e;
        }
    }

    @Test
    void inFlightCountsCallsRunningNow() {
        PluginCallGuard guard = guard("acme", FAST.withTimeout(Duration.ofSeconds(10)));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread caller = new Thread(() -> guard.call("classify", () -> {
            entered.countDown();
            release.await();
            return 1;
        }));
        caller.start();
        await(entered, "the call runs");

        assertEquals(1, guard.health().inFlight());
        release.countDown();
        Waits.awaitCondition(() -> !caller.isAlive(), "the call returned");
        assertEquals(0, guard.health().inFlight());
    }

    @Test
    void aLateResultIsHandedToTheDiscardAction() {
        PluginCallGuard guard = guard("acme", FAST);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch discarded = new CountDownLatch(1);
        AtomicReference<String> discardedResult = new AtomicReference<>();

        failsWith(FailureKind.TIMED_OUT, () -> guard.call("open", () -> {
            Waits.awaitIgnoringInterrupts(release, new CountDownLatch(1));
            return "session-1";
        }, late -> {
            discardedResult.set(late);
            discarded.countDown();
        }));
        release.countDown();

        await(discarded, "the late session is released");
        assertEquals("session-1", discardedResult.get());
    }

    @Test
    void anInterruptedCallerGetsUnavailableWithoutBlamingThePlugin() throws Exception {
        PluginCallGuard guard = guard("acme", FAST.withTimeout(Duration.ofSeconds(30)));
        CountDownLatch entered = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            outcome.set(outcome(() -> guard.call("classify", () -> {
                entered.countDown();
                new CountDownLatch(1).await();
                return 1;
            })));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        await(entered, "the call runs");

        caller.interrupt();
        caller.join(Waits.PATIENCE.toMillis());

        PluginCallException failure = (PluginCallException) outcome.get();
        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertTrue(stillInterrupted.get(), "the caller's interrupt flag is kept");
        assertEquals(0, guard.health().failures());
    }

    @Test
    void aScopeDenialIsCountedAndReported() {
        List<String> denials = new ArrayList<>();
        PluginCallGuard guard = new PluginCallGuard("acme", FAST, CLOCK, null,
                (plugin, scope, operation) -> denials.add(plugin + "/" + scope.id() + "/" + operation));
        guards.add(guard);

        PluginCallException failure = guard.denyScope(Scope.NETWORK_CONNECT, "open");

        assertEquals(FailureKind.SCOPE_DENIED, failure.kind());
        assertEquals("plugin acme was not granted the scope network.connect that open needs", failure.getMessage());
        assertEquals(List.of("acme/network.connect/open"), denials);
        assertEquals(FailureKind.SCOPE_DENIED, guard.health().lastFailure().kind());
    }
}
