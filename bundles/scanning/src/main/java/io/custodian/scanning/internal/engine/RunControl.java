package io.custodian.scanning.internal.engine;

import java.util.concurrent.atomic.AtomicBoolean;

/** The cancel flag of one run: set by whoever cancels, read by the scan at every element. Thread-safe. */
public final class RunControl {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Asks the run to stop at its next element; answers whether this call was the first to ask. */
    public boolean cancel() {
        return cancelled.compareAndSet(false, true);
    }

    /** Whether a cancel was asked. */
    public boolean cancelled() {
        return cancelled.get();
    }
}
