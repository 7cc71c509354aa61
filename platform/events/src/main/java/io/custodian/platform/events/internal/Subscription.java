package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import java.util.function.Consumer;

/**
 * One subscriber: its pattern and callback. The sequence number pins it to one delivery lane, so
 * the events it receives keep their publication order.
 */
final class Subscription {

    private final long sequence;
    private final String name;
    private final TypePattern pattern;
    private final Consumer<DomainEvent> listener;
    private volatile boolean active = true;

    Subscription(long sequence, String name, TypePattern pattern, Consumer<DomainEvent> listener) {
        this.sequence = sequence;
        this.name = name;
        this.pattern = pattern;
        this.listener = listener;
    }

    long sequence() {
        return sequence;
    }

    /** For log messages: the listener's class or service, never event data. */
    String name() {
        return name;
    }

    TypePattern pattern() {
        return pattern;
    }

    boolean wants(String type) {
        return active && pattern.matches(type);
    }

    boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    void deliver(DomainEvent event) {
        listener.accept(event);
    }

    @Override
    public String toString() {
        return name + "[" + pattern + "]";
    }
}
