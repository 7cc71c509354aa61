package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer of the publish queue (a single thread): finds the subscribers of each event and hands
 * it to their lanes. A subscriber always maps to the same lane, and each lane is a FIFO queue with
 * one consumer, so every subscriber sees events in publication order.
 */
final class EventDispatcher implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final SubscriberRegistry registry;
    private final EventCounters counters;
    private final ProducerTemplate template;
    private final List<Endpoint> lanes;

    EventDispatcher(SubscriberRegistry registry, EventCounters counters, ProducerTemplate template,
                    List<Endpoint> lanes) {
        this.registry = registry;
        this.counters = counters;
        this.template = template;
        this.lanes = List.copyOf(lanes);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        DomainEvent event = exchange.getIn().getMandatoryBody(DomainEvent.class);
        List<Subscription> subscribers = registry.matching(event.type());
        if (subscribers.isEmpty()) {
            counters.completed();
            return;
        }
        AtomicInteger remaining = new AtomicInteger(subscribers.size());
        List<List<Subscription>> byLane = new ArrayList<>(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            byLane.add(new ArrayList<>());
        }
        for (Subscription subscriber : subscribers) {
            byLane.get(laneOf(subscriber)).add(subscriber);
        }
        for (int lane = 0; lane < lanes.size(); lane++) {
            if (!byLane.get(lane).isEmpty()) {
                send(lane, new LaneBatch(event, byLane.get(lane), remaining));
            }
        }
    }

    private int laneOf(Subscription subscriber) {
        return (int) (subscriber.sequence() % lanes.size());
    }

    private void send(int lane, LaneBatch batch) {
        try {
            // Blocks while the lane is full: back-pressure onto the publish queue, not a lost delivery.
            template.sendBody(lanes.get(lane), batch);
        } catch (RuntimeException e) {
            // Only when the context is stopping; the event stays counted as pending.
            LOG.warn("Event {} of type {} could not be handed to delivery lane {}", batch.event().id(),
                    batch.event().type(), lane, e);
        }
    }
}
