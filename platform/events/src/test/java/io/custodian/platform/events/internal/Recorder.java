package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A listener that records what it receives. */
final class Recorder implements Consumer<DomainEvent> {

    final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void accept(DomainEvent event) {
        events.add(event);
    }

    List<String> types() {
        return events.stream().map(DomainEvent::type).toList();
    }

    void awaitCount(int count) {
        Await.until(() -> events.size() >= count, () -> "expected " + count + " events, got " + types());
    }
}
