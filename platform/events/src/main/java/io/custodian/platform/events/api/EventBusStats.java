package io.custodian.platform.events.api;

/**
 * Counters of the event bus since it started, for health and metrics.
 *
 * @param published events accepted by {@link EventBus#publish(DomainEvent)}
 * @param delivered deliveries to listeners that returned normally
 * @param failed    deliveries to listeners that threw
 * @param pending   events accepted but not yet delivered to every listener
 * @param listeners listeners currently subscribed
 * @param dropped   events refused by {@link EventBus#publish(DomainEvent)} because the bus was
 *                  saturated or not running; they were never delivered
 */
public record EventBusStats(long published, long delivered, long failed, long pending, int listeners,
                            long dropped) {

    /**
     * Counters without a drop count, as in version 1.0 of this package.
     *
     * @param published events accepted
     * @param delivered deliveries that returned normally
     * @param failed    deliveries that threw
     * @param pending   events not yet delivered to every listener
     * @param listeners listeners currently subscribed
     */
    public EventBusStats(long published, long delivered, long failed, long pending, int listeners) {
        this(published, delivered, failed, pending, listeners, 0L);
    }
}
