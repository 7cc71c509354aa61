package io.custodian.platform.plugin.runtime.internal;

import java.util.concurrent.atomic.AtomicInteger;

/** Live counts of one plugin's workers, shared by the guard and the calls it runs. */
public final class WorkerCounters {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger orphaned = new AtomicInteger();

    /** Calls executing plugin code now, abandoned ones included. */
    public int running() {
        return running.get();
    }

    /** Calls still executing plugin code although their caller gave up (timed out, interrupted, plugin stopping). */
    public int orphaned() {
        return orphaned.get();
    }

    void started() {
        running.incrementAndGet();
    }

    void ended() {
        running.decrementAndGet();
    }

    void orphanedOne() {
        orphaned.incrementAndGet();
    }

    void orphanEnded() {
        orphaned.decrementAndGet();
    }
}
