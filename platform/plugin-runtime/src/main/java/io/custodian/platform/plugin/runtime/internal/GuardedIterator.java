package io.custodian.platform.plugin.runtime.internal;

import io.custodian.platform.plugin.runtime.FailureKind;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks an iterator of plugin code one element at a time, each step a separate guarded call: a connector that
 * hangs in the middle of an enumeration fails that step with a timeout instead of holding the scan forever.
 * {@code null} elements are skipped and counted as {@link FailureKind#INVALID_OUTPUT}. Not thread-safe, like
 * any iterator.
 */
public final class GuardedIterator<T> implements Iterator<T> {

    /** One step's outcome: {@code null} for the end, otherwise the element (which the plugin may have left null). */
    private record Step<T>(T element) {
    }

    private final ConnectorGuard guard;
    private final String operation;
    private final Iterator<T> source;
    private T next;
    private boolean ended;

    /**
     * @param guard     the plugin's guard
     * @param operation the name of each step in the plugin's health, for example {@code assets.next}
     * @param source    the plugin's iterator
     */
    public GuardedIterator(ConnectorGuard guard, String operation, Iterator<T> source) {
        this.guard = guard;
        this.operation = operation;
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            Step<T> step = guard.callAllowingNull(operation, () -> source.hasNext() ? new Step<>(source.next()) : null, null);
            if (step == null) {
                ended = true;
            } else if (step.element() == null) {
                guard.guard().recordFailure(operation, FailureKind.INVALID_OUTPUT,
                        "plugin " + guard.guard().pluginId() + " produced a null element in " + operation + "; skipped");
            } else {
                next = step.element();
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(operation + " has no more elements");
        }
        T element = next;
        next = null;
        return element;
    }
}
