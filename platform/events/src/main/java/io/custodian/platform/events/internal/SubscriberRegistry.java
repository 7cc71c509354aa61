package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The current subscribers. Reads (one per dispatched event) vastly outnumber changes, hence the
 * copy-on-write list. Lives independently of the Camel context so that subscriptions made before
 * the bus starts (DS binds references before activation) are kept.
 */
final class SubscriberRegistry {

    /** Ends a subscription; closing twice is harmless. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Adds a subscriber; closing the handle removes it and stops deliveries still queued for it. */
    Handle subscribe(String name, TypePattern pattern, Consumer<DomainEvent> listener) {
        Subscription subscription = new Subscription(sequence.getAndIncrement(), name, pattern, listener);
        subscriptions.add(subscription);
        return () -> {
            subscription.deactivate();
            subscriptions.remove(subscription);
        };
    }

    /** Subscribers wanting this type, in subscription order. */
    List<Subscription> matching(String type) {
        List<Subscription> result = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            if (subscription.wants(type)) {
                result.add(subscription);
            }
        }
        return result;
    }

    int size() {
        return subscriptions.size();
    }
}
