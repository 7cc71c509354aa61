package io.custodian.platform.events.api;

import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel event bus, backed by the kernel's Camel context. In-process by default: delivery is
 * asynchronous and in publication order per listener.
 */
@ProviderType
public interface EventBus {

    /** Accepts an event for delivery and returns at once. */
    void publish(DomainEvent event);

    /**
     * Subscribes a listener programmatically; the whiteboard ({@link EventListener} services) is
     * the usual way for bundles.
     *
     * @param typePattern an event type, or a prefix ending in {@code *}
     * @return a handle that stops delivery when closed
     */
    AutoCloseable subscribe(String typePattern, Consumer<DomainEvent> listener);

    /** Whether the underlying Camel context is started and accepting events. */
    boolean isRunning();

    /** Counters since start. */
    EventBusStats stats();
}
