package io.custodian.platform.events.api;

/**
 * Counters of the event bus since it started, for health and metrics.
 *
 * @param published events accepted by {@link EventBus#publish(DomainEvent)}
 * @param delivered deliveries to listeners that returned normally
 * @param failed    deliveries to listeners that threw
 * @param pending   events accepted but not yet delivered to every listener
 * @param listeners listeners currently subscribed
 */
public record EventBusStats(long published, long delivered, long failed, long pending, int listeners) {
}
