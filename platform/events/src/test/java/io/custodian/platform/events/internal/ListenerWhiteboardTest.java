package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListenerWhiteboardTest {

    private final SubscriberRegistry registry = new SubscriberRegistry();
    private final ListenerWhiteboard whiteboard = new ListenerWhiteboard(registry);
    private final EventListener listener = event -> { };

    private static DomainEvent event(String type) {
        return new DomainEvent("1", "/test", type, Instant.EPOCH, null, null, null);
    }

    @Test
    void subscribesServicesForTheirTypes() {
        whiteboard.add(listener, Map.of("service.id", 1L, EventListener.EVENT_TYPES, "a.*, b"));

        assertEquals(1, registry.matching("a.x").size());
        assertEquals(1, registry.matching("b").size());
        assertEquals(0, registry.matching("c").size());
    }

    @Test
    void acceptsArraysAndCollections() {
        whiteboard.add(listener, Map.of("service.id", 1L, EventListener.EVENT_TYPES, new String[] {"a", "b"}));
        whiteboard.add(listener, Map.of("service.id", 2L, EventListener.EVENT_TYPES, Set.of("b")));

        assertEquals(1, registry.matching("a").size());
        assertEquals(2, registry.matching("b").size());
    }

    @Test
    void ignoresServicesWithoutOrWithInvalidTypes() {
        whiteboard.add(listener, Map.of("service.id", 1L));
        whiteboard.add(listener, Map.of("service.id", 2L, EventListener.EVENT_TYPES, "a*b"));

        assertEquals(0, registry.size());
        assertEquals(0, whiteboard.size());
    }

    @Test
    void updatedPropertiesReplaceTheSubscription() {
        whiteboard.add(listener, Map.of("service.id", 1L, EventListener.EVENT_TYPES, "a"));

        whiteboard.update(listener, Map.of("service.id", 1L, EventListener.EVENT_TYPES, "b"));

        assertEquals(List.of(), registry.matching("a"));
        assertEquals(1, registry.matching("b").size());
        assertEquals(1, registry.size());
    }

    @Test
    void removedServicesAreUnsubscribed() {
        whiteboard.add(listener, Map.of("service.id", 1L, EventListener.EVENT_TYPES, "*"));

        whiteboard.remove(Map.of("service.id", 1L));

        assertEquals(0, registry.size());
        assertEquals(List.of(), registry.matching(event("a").type()));
    }
}
