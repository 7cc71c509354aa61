package io.custodian.scanning.internal.engine;

import java.util.Iterator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks one of a connector's streams (a container's sub-containers or assets) element by element, as it yields them.
 * A step that fails (the stream's {@code hasNext} or {@code next} throws) is recorded against the container and the
 * walk goes on with the next element, since connectors fail one element and continue (an unreadable file); after
 * {@value #MAX_CONSECUTIVE_FAILURES} failures in a row the source is taken to be broken and the walk stops. The walk
 * also stops at the next element once the run is cancelled. Only a walk that reached the stream's end with no failure
 * and no refused element counts as a complete enumeration, the condition for tombstoning what it did not find.
 */
final class ElementWalk {

    static final int MAX_CONSECUTIVE_FAILURES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ElementWalk.class);

    private final RunControl control;
    private final RunErrors errors;

    ElementWalk(RunControl control, RunErrors errors) {
        this.control = control;
        this.errors = errors;
    }

    /**
     * Feeds each element to {@code action}, which answers {@code false} when the element could not be handled (it
     * records its own error).
     *
     * @param open          opens the stream
     * @param containerName the qualified name failures of the stream itself are recorded against
     * @return whether the enumeration was complete
     */
    <T> boolean forEach(Supplier<Stream<T>> open, String containerName, Predicate<T> action) {
        Stream<T> stream;
        Iterator<T> elements;
        try {
            stream = open.get();
            elements = stream.iterator();
        } catch (RuntimeException e) {
            errors.record(containerName, e, RunErrors.SOURCE);
            return false;
        }
        try {
            return walk(elements, containerName, action);
        } finally {
            close(stream, containerName);
        }
    }

    private <T> boolean walk(Iterator<T> elements, String containerName, Predicate<T> action) {
        boolean complete = true;
        int failuresInARow = 0;
        while (!control.cancelled()) {
            T element;
            try {
                if (!elements.hasNext()) {
                    return complete;
                }
                element = elements.next();
                failuresInARow = 0;
            } catch (RuntimeException e) {
                complete = false;
                errors.record(containerName, e, RunErrors.SOURCE);
                if (++failuresInARow >= MAX_CONSECUTIVE_FAILURES) {
                    return false;
                }
                continue;
            }
            if (!action.test(element)) {
                complete = false;
            }
        }
        return false;
    }

    private static void close(Stream<?> stream, String containerName) {
        try {
            stream.close();
        } catch (RuntimeException e) {
            // The elements were read; a failure to release the cursor does not make the enumeration incomplete.
            LOG.warn("The connector's stream of {} could not be closed", containerName, e);
        }
    }
}
