package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Diagnosis;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ElementWalkTest {

    private final List<String> codes = new CopyOnWriteArrayList<>();
    private final RunControl control = new RunControl();
    private final ElementWalk walk = new ElementWalk(control,
            new RunErrors("run", new RunProgress(), (object, code, message) -> codes.add(object + " " + code)));

    /** A stream whose steps answer the given elements; "!" fails its step the way a connector's element failure does. */
    private static Stream<String> stream(String... steps) {
        Iterator<String> iterator = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < steps.length;
            }

            @Override
            public String next() {
                if (next >= steps.length) {
                    throw new NoSuchElementException();
                }
                String step = steps[next++];
                if (step.equals("!")) {
                    throw new ConnectorException(Diagnosis.PERMISSION_MISSING, "element " + next + " may not be read");
                }
                return step;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    @Test
    void aStreamReadToItsEndIsComplete() {
        List<String> seen = new ArrayList<>();

        assertTrue(walk.forEach(() -> stream("a", "b"), "parent", seen::add));
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void aFailedElementIsRecordedAndTheWalkGoesOnButIsIncomplete() {
        List<String> seen = new ArrayList<>();

        assertFalse(walk.forEach(() -> stream("a", "!", "b"), "parent", seen::add));
        assertEquals(List.of("a", "b"), seen);
        assertEquals(List.of("parent connector.permission_missing"), codes);
    }

    @Test
    void threeFailuresInARowStopTheWalk() {
        List<String> seen = new ArrayList<>();

        assertFalse(walk.forEach(() -> stream("a", "!", "b", "!", "!", "!", "c"), "parent", seen::add));
        assertEquals(List.of("a", "b"), seen);
        assertEquals(4, codes.size());
    }

    @Test
    void anElementTheActionRefusesMakesTheWalkIncomplete() {
        assertFalse(walk.forEach(() -> stream("a", "b"), "parent", element -> !element.equals("a")));
    }

    @Test
    void aStreamThatCannotOpenIsIncomplete() {
        assertFalse(walk.forEach(() -> {
            throw new ConnectorException(Diagnosis.TIMEOUT, "no answer");
        }, "parent", element -> true));
        assertEquals(List.of("parent connector.timeout"), codes);
    }

    @Test
    void aCancelStopsBeforeTheNextElementAndClosesTheStream() {
        AtomicBoolean closed = new AtomicBoolean();
        List<String> seen = new ArrayList<>();

        boolean complete = walk.forEach(() -> stream("a", "b", "c").onClose(() -> closed.set(true)), "parent", element -> {
            seen.add(element);
            control.cancel();
            return true;
        });

        assertFalse(complete);
        assertEquals(List.of("a"), seen);
        assertTrue(closed.get());
    }
}
