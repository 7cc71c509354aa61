package io.custodian.platform.events.api;

import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel event bus, backed by the kernel's Camel context. In-process by default: delivery is
 * asynchronous and in publication order per listener.
 */
@ProviderType
public interface EventBus {

    /**
     * Accepts an event for delivery and returns at once.
     * <p>
     * The bus buffers a bounded number of events. When the buffer is full the call waits a short,
     * configured time for room; if there is still none, or the bus is not running, the event is
     * dropped: it is counted in {@link EventBusStats#dropped()} and logged at WARN (id and type only),
     * and the call returns normally. Publishers are never failed or blocked indefinitely by a slow
     * listener.
     *
     * @param event the event, not {@code null}
     */
    void publish(DomainEvent event);

    /**
     * Subscribes a listener programmatically; the whiteboard ({@link EventListener} services) is
     * the usual way for bundles.
     *
     * @param typePattern an event type, or a prefix ending in {@code *} ({@code *} alone matches every
     *                    type); several of them separated by commas
     * @param listener    called once per matching event, on a bus thread
     * @return a handle that stops delivery when closed
     * @throws IllegalArgumentException if the pattern is empty or has a {@code *} other than at the end
     */
    AutoCloseable subscribe(String typePattern, Consumer<DomainEvent> listener);

    /** Whether the underlying Camel context is started and accepting events. */
    boolean isRunning();

    /** Counters since start. */
    EventBusStats stats();
}
