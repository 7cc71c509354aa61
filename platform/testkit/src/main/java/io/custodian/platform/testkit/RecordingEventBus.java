package io.custodian.platform.testkit;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.events.api.EventBusStats;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An {@link EventBus} for tests of a bundle that publishes: keeps what was published, in order, and delivers
 * nothing (subscribing is refused, so a test that needs delivery uses the real bus). Thread-safe.
 */
public final class RecordingEventBus implements EventBus {

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        events.add(event);
    }

    @Override
    public AutoCloseable subscribe(String typePattern, Consumer<DomainEvent> listener) {
        throw new UnsupportedOperationException("the recording bus delivers nothing; read events()");
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public EventBusStats stats() {
        return new EventBusStats(events.size(), 0, 0, 0, 0);
    }

    /** Everything published so far, in order. */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one type, in order. */
    public List<DomainEvent> events(String type) {
        return events.stream().filter(event -> event.type().equals(type)).toList();
    }

    /** The types published so far, in order. */
    public List<String> types() {
        return events.stream().map(DomainEvent::type).toList();
    }

    /** Forgets what was published. */
    public void clear() {
        events.clear();
    }
}
