package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Consumer of a delivery lane: calls each subscriber of a batch, isolating their failures. */
final class LaneDeliverer implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(LaneDeliverer.class);

    private final EventCounters counters;

    LaneDeliverer(EventCounters counters) {
        this.counters = counters;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        LaneBatch batch = exchange.getIn().getMandatoryBody(LaneBatch.class);
        DomainEvent event = batch.event();
        for (Subscription subscriber : batch.subscribers()) {
            // Unsubscribed after the event was dispatched: skip, but still count the delivery as done.
            if (subscriber.isActive()) {
                deliver(subscriber, event);
            }
            if (batch.remaining().decrementAndGet() == 0) {
                counters.completed();
            }
        }
    }

    private void deliver(Subscription subscriber, DomainEvent event) {
        try {
            subscriber.deliver(event);
            counters.delivered();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // any listener failure, including a LinkageError after its bundle was updated
            counters.failed();
            // Id and type only: event data may be confidential.
            LOG.warn("Event listener {} failed on event {} of type {}", subscriber.name(), event.id(),
                    event.type(), e);
        }
    }
}
