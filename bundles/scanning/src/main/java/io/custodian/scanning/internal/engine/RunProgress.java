package io.custodian.scanning.internal.engine;

import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.scanning.api.ScanCounts;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The live figures of one run, written by the scan's reading thread and its workers and read at any time by
 * progress reports. Thread-safe; a snapshot may mix figures of neighbouring moments, which progress tolerates.
 */
public final class RunProgress {

    private final LongAdder containers = new LongAdder();
    private final LongAdder assetsSeen = new LongAdder();
    private final LongAdder added = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder removed = new LongAdder();
    private final LongAdder restored = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Object sourceClock = new Object();
    private int callsInSource; // guarded by sourceClock
    private long busySince; // guarded by sourceClock
    private long sourceNanos; // guarded by sourceClock
    private volatile int percent;
    private volatile String currentObject;

    /** The counts so far. */
    public ScanCounts counts() {
        return new ScanCounts(containers.sum(), assetsSeen.sum(), added.sum(), changed.sum(), unchanged.sum(),
                removed.sum(), restored.sum(), errors.sum());
    }

    /**
     * Wall time so far during which at least one connector call of the run was in progress: calls of the reading
     * thread and the workers that overlap count once, so it never exceeds the run's total time.
     */
    public long sourceMillis() {
        synchronized (sourceClock) {
            long nanos = sourceNanos + (callsInSource > 0 ? System.nanoTime() - busySince : 0);
            return TimeUnit.NANOSECONDS.toMillis(nanos);
        }
    }

    /** Estimated progress 0..100. */
    public int percent() {
        return percent;
    }

    /** What the scan reads now, or {@code null}. */
    public String currentObject() {
        return currentObject;
    }

    void containerSeen() {
        containers.increment();
    }

    void assetSeen() {
        assetsSeen.increment();
    }

    /** Counts what storing one table, view or file did. */
    void stored(UpsertOutcome outcome) {
        switch (outcome) {
            case CREATED -> added.increment();
            case CHANGED -> changed.increment();
            case UNCHANGED -> unchanged.increment();
            case RESTORED -> restored.increment();
        }
    }

    /** An asset skipped because its change token did not move. */
    void skippedUnchanged() {
        unchanged.increment();
    }

    void removed(int count) {
        removed.add(count);
    }

    /** Counts one failed object; answers how many failed so far, this one included. */
    long error() {
        errors.increment();
        return errors.sum();
    }

    /** A connector call begins. */
    void enterSource() {
        synchronized (sourceClock) {
            if (callsInSource++ == 0) {
                busySince = System.nanoTime();
            }
        }
    }

    /** A connector call ended (also by failing). */
    void leaveSource() {
        synchronized (sourceClock) {
            if (--callsInSource == 0) {
                sourceNanos += System.nanoTime() - busySince;
            }
        }
    }

    void percent(int value) {
        percent = Math.max(0, Math.min(100, value));
    }

    void current(String qualifiedName) {
        currentObject = qualifiedName;
    }
}
