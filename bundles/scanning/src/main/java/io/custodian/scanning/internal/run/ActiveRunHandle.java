package io.custodian.scanning.internal.run;

import io.custodian.scanning.api.ScanRun;
import java.util.concurrent.CompletableFuture;

/** What other packages may do with a run this node has queued or running: look, cancel, wait. */
public final class ActiveRunHandle {

    private final ActiveRun run;

    ActiveRunHandle(ActiveRun run) {
        this.run = run;
    }

    /** The run as it is now. */
    public ScanRun view() {
        return run.view();
    }

    /** Asks it to stop at its next element; answers whether this was the first request. */
    public boolean cancel(String actor) {
        return run.cancel(actor);
    }

    /** Completed with the final run once it is stored. */
    public CompletableFuture<ScanRun> finished() {
        return run.finished();
    }
}
