package io.custodian.datasources.internal.service;

import io.custodian.datasources.api.DataSourceEvents;
import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Publishes the group's events when the event bus is there; without it the group works the same. */
public final class SourceEvents {

    private final Supplier<EventBus> bus;

    /** @param bus the bus now, or {@code null} while there is none */
    public SourceEvents(Supplier<EventBus> bus) {
        this.bus = bus;
    }

    /** Publishes {@code type} about a source; {@code more} adds to its id, name and type. */
    void publish(String type, long id, String name, String sourceType, Actor actor, Map<String, Object> more) {
        EventBus current = bus.get();
        if (current == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("name", name);
        data.put("type", sourceType);
        data.putAll(more);
        current.publish(DomainEvent.of(type, DataSourceEvents.SOURCE, "datasource/" + id, actor.name(), data));
    }
}
