package io.custodian.platform.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the kernel event bus, PID {@value #PID}. A change restarts the bus (its Camel
 * context and queues); events still queued at that moment are lost.
 */
@ObjectClassDefinition(name = "Custodian event bus",
        description = "Bounded in-process event bus on the kernel's Camel context.")
@interface EventBusConfiguration {

    /** The configuration PID: the bundle's root package. */
    String PID = "io.custodian.platform.events";

    @AttributeDefinition(name = "Queue size", min = "1",
            description = "Events buffered before publishers have to wait; also the size of each delivery lane's queue.")
    int queue_size() default EventBusSettings.DEFAULT_QUEUE_SIZE;

    @AttributeDefinition(name = "Consumer threads", min = "1", max = "64",
            description = "Delivery lanes, one thread each. A listener is always served by the same lane, so it"
                    + " sees events in publication order; a slow listener delays the other listeners on its lane,"
                    + " and everyone once that lane's queue is full.")
    int consumer_threads() default EventBusSettings.DEFAULT_CONSUMER_THREADS;

    @AttributeDefinition(name = "Publish timeout (ms)", min = "0",
            description = "How long publish() waits for room when the queue is full before it drops the event"
                    + " (counted and logged at WARN).")
    long publish_timeout_ms() default EventBusSettings.DEFAULT_PUBLISH_TIMEOUT_MS;
}
