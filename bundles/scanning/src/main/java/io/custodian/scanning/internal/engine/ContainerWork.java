package io.custodian.scanning.internal.engine;

/**
 * The assets of one container that workers are still storing, and whether any of them failed. The reading thread
 * waits for them before it tombstones the container's unseen children: an asset still in a worker's queue has not been
 * marked seen yet and must not look deleted. Thread-safe.
 */
final class ContainerWork {

    private int pending;
    private boolean failed;

    synchronized void submitted() {
        pending++;
    }

    /** One asset is done; {@code stored} says whether the catalog has it. */
    synchronized void finished(boolean stored) {
        pending--;
        if (!stored) {
            failed = true;
        }
        if (pending == 0) {
            notifyAll();
        }
    }

    /** Waits until every submitted asset is done; answers whether all of them were stored. */
    synchronized boolean awaitAllStored() throws InterruptedException {
        while (pending > 0) {
            wait();
        }
        return !failed;
    }
}
