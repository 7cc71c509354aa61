package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.EventListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes {@link EventListener} services for the types in their {@value EventListener#EVENT_TYPES}
 * property, and unsubscribes them when they go away. Keyed by {@code service.id}.
 */
final class ListenerWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerWhiteboard.class);
    private static final String SERVICE_ID = "service.id";

    private final SubscriberRegistry registry;
    private final Map<Object, SubscriberRegistry.Handle> subscriptions = new ConcurrentHashMap<>();

    ListenerWhiteboard(SubscriberRegistry registry) {
        this.registry = registry;
    }

    void add(EventListener listener, Map<String, ?> properties) {
        Object id = properties.get(SERVICE_ID);
        String name = listener.getClass().getName() + " (service " + id + ")";
        List<String> types = typesOf(properties.get(EventListener.EVENT_TYPES));
        if (types.isEmpty()) {
            LOG.warn("Event listener {} has no {} property; it receives no events", name, EventListener.EVENT_TYPES);
            return;
        }
        TypePattern pattern;
        try {
            pattern = TypePattern.parse(types);
        } catch (IllegalArgumentException e) {
            LOG.warn("Event listener {} has an invalid {} property; it receives no events: {}", name,
                    EventListener.EVENT_TYPES, e.getMessage());
            return;
        }
        SubscriberRegistry.Handle previous = subscriptions.put(id, registry.subscribe(name, pattern, listener::onEvent));
        close(previous);
        LOG.debug("Event listener {} subscribed to {}", name, pattern);
    }

    /** The service properties changed: subscribe again with the new types. */
    void update(EventListener listener, Map<String, ?> properties) {
        remove(properties);
        add(listener, properties);
    }

    void remove(Map<String, ?> properties) {
        close(subscriptions.remove(properties.get(SERVICE_ID)));
    }

    int size() {
        return subscriptions.size();
    }

    /** The property may be a String, a String[] or a collection (DS/Config Admin give all three). */
    static List<String> typesOf(Object value) {
        List<String> types = new ArrayList<>();
        if (value instanceof String text) {
            types.add(text);
        } else if (value instanceof String[] array) {
            types.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> types.add(String.valueOf(element)));
        }
        types.removeIf(type -> type.isBlank());
        return types;
    }

    private static void close(SubscriberRegistry.Handle subscription) {
        if (subscription != null) {
            subscription.close();
        }
    }
}
