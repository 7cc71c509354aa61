package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One event for the subscribers of one delivery lane.
 *
 * @param event       the event
 * @param subscribers the lane's subscribers that want it, in subscription order
 * @param remaining   deliveries of this event still to do across all lanes; the lane that brings it
 *                    to zero marks the event complete
 */
record LaneBatch(DomainEvent event, List<Subscription> subscribers, AtomicInteger remaining) {

    LaneBatch {
        subscribers = List.copyOf(subscribers);
    }
}
