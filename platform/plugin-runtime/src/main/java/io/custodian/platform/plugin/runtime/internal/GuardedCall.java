package io.custodian.platform.plugin.runtime.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call on a plugin worker, and the hand-over between the worker and the caller who waits for it.
 *
 * <p>The caller may give up (time limit, interruption, plugin stopping) while the call is still queued, while
 * plugin code runs, or just after it finished; {@link #abandon()} settles which, atomically against the worker.
 * A call abandoned while running is counted as orphaned until plugin code returns, and a result it returns then
 * is handed to the discard action (to close a session or stream nobody will use).
 */
public final class GuardedCall<T> implements Callable<T> {

    /** Where the call was when its caller gave up. */
    public enum Abandoned {
        /** Still queued: plugin code will never run. */
        BEFORE_START,
        /** Plugin code is running; the worker is orphaned until it returns. */
        WHILE_RUNNING,
        /** Plugin code had already finished: its outcome is in the future task. */
        AFTER_FINISH
    }

    private static final Logger LOG = LoggerFactory.getLogger(GuardedCall.class);
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int FINISHED = 2;
    private static final int ABANDONED = 3;

    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final Callable<T> body;
    private final Consumer<? super T> discard;
    private final WorkerCounters counters;

    /**
     * @param body     the plugin code
     * @param discard  what to do with a result that arrives after the caller gave up, or {@code null}
     * @param counters the plugin's worker counts
     */
    public GuardedCall(Callable<T> body, Consumer<? super T> discard, WorkerCounters counters) {
        this.body = body;
        this.discard = discard;
        this.counters = counters;
    }

    /** Runs the plugin code on the worker; anything it throws comes out as a {@link CapturedFailure}. */
    @Override
    public T call() {
        if (!state.compareAndSet(QUEUED, RUNNING)) {
            return null; // the caller gave up before a worker picked the call up
        }
        counters.started();
        T result = null;
        boolean returned = false;
        try {
            result = body.call();
            returned = true;
            return result;
        } catch (Throwable error) { // errors too: a StackOverflowError or NoClassDefFoundError in a plugin is the plugin's failure
            throw CapturedFailure.of(error);
        } finally {
            counters.ended();
            if (!state.compareAndSet(RUNNING, FINISHED)) {
                counters.orphanEnded();
                if (returned) {
                    discardLate(result);
                }
            }
        }
    }

    /** The caller gives up waiting; says where the call was. Call at most once. */
    public Abandoned abandon() {
        if (state.compareAndSet(QUEUED, ABANDONED)) {
            return Abandoned.BEFORE_START;
        }
        // Counted before the switch so the worker's decrement can never come first.
        counters.orphanedOne();
        if (state.compareAndSet(RUNNING, ABANDONED)) {
            return Abandoned.WHILE_RUNNING;
        }
        counters.orphanEnded();
        return Abandoned.AFTER_FINISH;
    }

    private void discardLate(T result) {
        if (discard == null || result == null) {
            return;
        }
        try {
            discard.accept(result);
        } catch (Throwable error) { // plugin code again (closing its session or stream); nobody is left to tell
            LOG.debug("Releasing a result nobody waited for failed", error);
        }
    }
}
