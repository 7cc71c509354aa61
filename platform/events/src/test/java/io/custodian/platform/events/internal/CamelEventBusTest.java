package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventListener;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The component outside OSGi: what works before activation (DS binds references first). */
class CamelEventBusTest {

    private final CamelEventBus bus = new CamelEventBus();

    @Test
    void publishingBeforeActivationDropsAndCounts() {
        bus.publish(DomainEvent.of("io.custodian.test", "/test", "", "system", Map.of()));

        assertFalse(bus.isRunning());
        assertEquals(1, bus.stats().dropped());
        assertEquals(0, bus.stats().published());
    }

    @Test
    void listenersBoundBeforeActivationAreCounted() throws Exception {
        EventListener listener = event -> { };
        bus.bindEventListener(listener, Map.of("service.id", 9L, EventListener.EVENT_TYPES, "io.custodian.*"));
        AutoCloseable programmatic = bus.subscribe("*", event -> { });

        assertEquals(2, bus.stats().listeners());

        programmatic.close();
        bus.unbindEventListener(listener, Map.of("service.id", 9L));
        assertEquals(0, bus.stats().listeners());
    }

    @Test
    void rejectsInvalidPatterns() {
        assertThrows(IllegalArgumentException.class, () -> bus.subscribe("a*b", event -> { }));
    }
}
