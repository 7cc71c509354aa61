package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.platform.plugin.runtime.internal.CapturedFailure;
import io.custodian.platform.plugin.runtime.internal.FailureText;
import io.custodian.platform.plugin.runtime.internal.GuardedCall;
import io.custodian.platform.plugin.runtime.internal.PluginThreadFactory;
import io.custodian.platform.plugin.runtime.internal.WorkerCounters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into a started plugin's code. Each plugin has its own guard and its own small thread pool, so a
 * plugin that throws, hangs or floods cannot take threads or time from the kernel or from another plugin.
 *
 * <p>{@link #call} runs the plugin code on one of the plugin's workers and waits at most
 * {@link CallLimits#timeout()}. Whatever goes wrong reaches the caller as a {@link PluginCallException}:
 * <ul>
 *   <li>the plugin throws, an exception or an {@link Error} of any kind: {@link FailureKind#FAILED}. Errors are
 *       caught on purpose, {@link VirtualMachineError}s included: they were thrown on the plugin's worker (a stack
 *       overflow there unwound that worker's stack; an allocation that failed freed nothing of the kernel's), and
 *       rethrowing them on the caller's thread would hand the plugin's failure to the kernel. They are logged at
 *       ERROR because the JVM as a whole may be short of memory;</li>
 *   <li>no answer in time: {@link FailureKind#TIMED_OUT}, and the worker is interrupted. A worker that ignores the
 *       interrupt stays busy; once every worker is stuck so, calls fail at once with
 *       {@link FailureKind#UNAVAILABLE} instead of waiting, until a stuck call returns;</li>
 *   <li>more calls waiting than {@link CallLimits#maxQueuedCalls()}, or the guard closed:
 *       {@link FailureKind#UNAVAILABLE} at once.</li>
 * </ul>
 * Every call is counted in {@link #health()}.
 *
 * <p>{@link #close()} (plugin stopped, updated or uninstalled) refuses new calls at once, lets running ones
 * finish within {@link CallLimits#closeGrace()}, then interrupts them. A caller whose call was running during the
 * close gets its result or {@link FailureKind#UNAVAILABLE}, never a raw exception and never a hang. To let an
 * extension release its resources, call its {@code stop()} through the guard before closing it.
 */
public final class PluginCallGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginCallGuard.class);
    private static final long IDLE_WORKER_KEEP_ALIVE_SECONDS = 30;

    private final String pluginId;
    private final CallLimits limits;
    private final Clock clock;
    private final ScopeDenialListener denials;
    private final ThreadPoolExecutor workers;
    private final WorkerCounters counters = new WorkerCounters();
    private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LatencyWindow latency = new LatencyWindow();
    private final LongAdder calls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final AtomicReference<PluginFailure> lastFailure = new AtomicReference<>();

    /** A guard whose workers have this module's class loader as context class loader and that ignores scope denials. */
    public PluginCallGuard(String pluginId, CallLimits limits, Clock clock) {
        this(pluginId, limits, clock, null, ScopeDenialListener.none());
    }

    /**
     * A guard for one started plugin.
     *
     * @param pluginId           the plugin's id; names the worker threads {@code plugin-<id>-<n>}
     * @param limits             time limit, concurrency, queue and close grace
     * @param clock              stamps failures in {@link #health()}
     * @param pluginClassLoader  the workers' context class loader, or {@code null} for this module's loader
     * @param denials            told about calls refused by {@link #denyScope}
     */
    public PluginCallGuard(String pluginId, CallLimits limits, Clock clock, ClassLoader pluginClassLoader,
                           ScopeDenialListener denials) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.denials = Objects.requireNonNull(denials, "denials");
        ClassLoader contextLoader = pluginClassLoader != null ? pluginClassLoader : PluginCallGuard.class.getClassLoader();
        BlockingQueue<Runnable> queue = limits.maxQueuedCalls() == 0
                ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(limits.maxQueuedCalls());
        this.workers = new ThreadPoolExecutor(limits.maxConcurrentCalls(), limits.maxConcurrentCalls(),
                IDLE_WORKER_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, queue, new PluginThreadFactory(pluginId, contextLoader));
        // An idle plugin holds no threads.
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** The plugin this guard protects the kernel from. */
    public String pluginId() {
        return pluginId;
    }

    /** The limits this guard applies. */
    public CallLimits limits() {
        return limits;
    }

    /**
     * Runs {@code body} on one of the plugin's workers and returns its result.
     *
     * @param operation what is asked of the plugin, for example {@code classify}; shown in messages and health
     * @param body      the plugin code to run
     * @throws PluginCallException if the call fails in any way
     */
    public <T> T call(String operation, Callable<T> body) {
        return call(operation, body, null);
    }

    /** Runs {@code body} like {@link #call(String, Callable)}, for plugin code that returns nothing. */
    public void run(String operation, Runnable body) {
        Objects.requireNonNull(body, "body");
        call(operation, () -> {
            body.run();
            return null;
        }, null);
    }

    /**
     * Runs {@code body} like {@link #call(String, Callable)}; if the caller stops waiting (time limit, interruption,
     * close) and the plugin code returns a result afterwards, {@code discardLateResult} is given that result on
     * the plugin's worker, to release what it holds (close a session nobody will use).
     *
     * @param discardLateResult releases a result nobody received, or {@code null}
     */
    public <T> T call(String operation, Callable<T> body, Consumer<? super T> discardLateResult) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(body, "body");
        long started = System.nanoTime();
        calls.increment();
        if (closed.get()) {
            throw reject(operation, FailureKind.UNAVAILABLE, "plugin " + pluginId + " is stopped");
        }
        if (counters.orphaned() >= limits.maxConcurrentCalls()) {
            throw reject(operation, FailureKind.UNAVAILABLE, "plugin " + pluginId + " is busy: all "
                    + limits.maxConcurrentCalls() + " of its workers are stuck in calls that timed out");
        }
        GuardedCall<T> guarded = new GuardedCall<>(body, discardLateResult, counters);
        FutureTask<T> task = new FutureTask<>(guarded);
        pending.add(task);
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            pending.remove(task);
            throw reject(operation, FailureKind.UNAVAILABLE, closed.get()
                    ? "plugin " + pluginId + " is stopped"
                    : "plugin " + pluginId + " is busy: " + limits.maxQueuedCalls() + " calls are already waiting");
        }
        try {
            return await(operation, task, guarded, started);
        } finally {
            pending.remove(task);
        }
    }

    private <T> T await(String operation, FutureTask<T> task, GuardedCall<T> guarded, long started) {
        long remaining = limits.timeout().toNanos() - (System.nanoTime() - started);
        try {
            return finished(operation, task, started, remaining);
        } catch (TimeoutException e) {
            return timedOut(operation, task, guarded, started);
        } catch (CancellationException e) {
            // Only close() cancels a call that a caller waits for.
            guarded.abandon();
            throw reject(operation, FailureKind.UNAVAILABLE, stoppedDuring(operation));
        } catch (InterruptedException e) {
            if (guarded.abandon() == GuardedCall.Abandoned.BEFORE_START) {
                workers.remove(task);
            }
            task.cancel(true);
            Thread.currentThread().interrupt();
            // The caller's own interruption is not the plugin's failure: not counted against it.
            throw new PluginCallException(pluginId, operation, FailureKind.UNAVAILABLE,
                    "the wait for plugin " + pluginId + " (" + operation + ") was interrupted");
        }
    }

    private <T> T finished(String operation, FutureTask<T> task, long started, long waitNanos)
            throws TimeoutException, InterruptedException {
        try {
            T result = task.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
            latency.record(System.nanoTime() - started);
            return result;
        } catch (ExecutionException e) {
            latency.record(System.nanoTime() - started);
            throw failed(operation, e.getCause());
        }
    }

    private <T> T timedOut(String operation, FutureTask<T> task, GuardedCall<T> guarded, long started) {
        switch (guarded.abandon()) {
            case AFTER_FINISH:
                // The answer came as the time ran out; its outcome is being stored in the task right now.
                try {
                    return finished(operation, task, started, TimeUnit.SECONDS.toNanos(1));
                } catch (TimeoutException | InterruptedException | CancellationException e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    throw reject(operation, FailureKind.TIMED_OUT, didNotAnswer(operation));
                }
            case BEFORE_START:
                workers.remove(task);
                task.cancel(false);
                latency.record(System.nanoTime() - started);
                throw reject(operation, closed.get() ? FailureKind.UNAVAILABLE : FailureKind.TIMED_OUT,
                        closed.get() ? stoppedDuring(operation) : "plugin " + pluginId + " did not start " + operation
                                + " within " + millis() + " ms: all its workers were busy");
            default:
                task.cancel(true);
                latency.record(System.nanoTime() - started);
                if (closed.get()) {
                    throw reject(operation, FailureKind.UNAVAILABLE, stoppedDuring(operation));
                }
                throw reject(operation, FailureKind.TIMED_OUT, didNotAnswer(operation));
        }
    }

    private PluginCallException failed(String operation, Throwable cause) {
        if (closed.get()) {
            // Failures while stopping (interrupted workers, classes gone with the bundle) all mean the same to a caller.
            return reject(operation, FailureKind.UNAVAILABLE, stoppedDuring(operation));
        }
        if (cause instanceof CapturedFailure captured) {
            String message = captured.kind() == FailureKind.SCOPE_DENIED
                    ? "plugin " + pluginId + " used a scope it was not granted in " + operation + ": " + captured.description()
                    : "plugin " + pluginId + " failed in " + operation + ": " + captured.description();
            return reject(operation, captured.kind(), message, captured.diagnosis());
        }
        // Describing the plugin's throwable failed itself (typically out of memory): only the JVM's class name is safe.
        if (cause instanceof VirtualMachineError) {
            LOG.error("Plugin {} ran into a {} in {}; the JVM may be unhealthy", pluginId, FailureText.typeName(cause), operation);
        }
        return reject(operation, FailureKind.FAILED,
                "plugin " + pluginId + " failed in " + operation + ": " + FailureText.typeName(cause));
    }

    /**
     * Counts a failure that the caller found (an invalid answer) and returns the exception to throw.
     *
     * @param operation the operation whose answer was refused
     * @param kind      usually {@link FailureKind#INVALID_OUTPUT}
     * @param message   a sentence for users
     */
    public PluginCallException reject(String operation, FailureKind kind, String message) {
        return reject(operation, kind, message, null);
    }

    private PluginCallException reject(String operation, FailureKind kind, String message,
                                       Diagnosis diagnosis) {
        recordFailure(operation, kind, message);
        return new PluginCallException(pluginId, operation, kind, message, diagnosis);
    }

    /**
     * Counts a failure in {@link #health()} without throwing, for an answer that was partly unusable (some
     * suggestions dropped) but still served.
     */
    public void recordFailure(String operation, FailureKind kind, String message) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        failures.increment();
        if (kind == FailureKind.TIMED_OUT) {
            timeouts.increment();
        }
        lastFailure.set(new PluginFailure(clock.instant(), operation, kind, message));
        LOG.warn("Plugin {} call {} failed ({}): {}", pluginId, operation, kind, message);
    }

    /**
     * Refuses {@code operation} because the plugin lacks {@code scope}: counts the call and the failure, tells the
     * {@link ScopeDenialListener} and returns the exception to throw. The plugin's code is not called.
     */
    public PluginCallException denyScope(Scope scope, String operation) {
        Objects.requireNonNull(scope, "scope");
        calls.increment();
        try {
            denials.denied(pluginId, scope, operation);
        } catch (RuntimeException e) {
            LOG.warn("Recording the scope denial of plugin {} ({}, {}) failed", pluginId, scope, operation, e);
        }
        return reject(operation, FailureKind.SCOPE_DENIED,
                "plugin " + pluginId + " was not granted the scope " + scope.id() + " that " + operation + " needs");
    }

    /** The plugin's call counts, recent latency, last failure and whether it accepts calls. */
    public PluginHealth health() {
        return new PluginHealth(pluginId, calls.sum(), failures.sum(), timeouts.sum(), lastFailure.get(),
                latency.percentileMillis(50), latency.percentileMillis(99), Math.max(0, counters.running()), isAvailable());
    }

    /** Whether a call made now would be run: the guard is open and not every worker is stuck. */
    public boolean isAvailable() {
        return !closed.get() && counters.orphaned() < limits.maxConcurrentCalls();
    }

    /**
     * Stops accepting calls: new calls fail with {@link FailureKind#UNAVAILABLE} at once, queued calls are dropped
     * (their callers get {@link FailureKind#UNAVAILABLE}), running calls get {@link CallLimits#closeGrace()} to
     * finish and are then interrupted and their callers released. Blocks for at most the grace. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        workers.shutdown();
        List<Runnable> queued = new ArrayList<>();
        workers.getQueue().drainTo(queued);
        queued.forEach(task -> ((Future<?>) task).cancel(false));
        try {
            if (workers.awaitTermination(limits.closeGrace().toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("Plugin {} still had {} calls running after {} ms; interrupting them", pluginId, counters.running(),
                limits.closeGrace().toMillis());
        workers.shutdownNow();
        // Cancelling releases each waiting caller even if the plugin code ignores the interrupt.
        pending.forEach(task -> task.cancel(true));
    }

    private String didNotAnswer(String operation) {
        return "plugin " + pluginId + " did not answer " + operation + " within " + millis() + " ms";
    }

    private String stoppedDuring(String operation) {
        return "plugin " + pluginId + " was stopped during " + operation;
    }

    private long millis() {
        return limits.timeout().toMillis();
    }
}
