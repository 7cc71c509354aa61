package io.custodian.platform.events.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives domain events. Register an implementation as an OSGi service with the property
 * {@value #EVENT_TYPES} (a type, or a prefix ending in {@code *}, or several of them) and the
 * bus delivers matching events to it asynchronously; unregistering stops delivery.
 * A listener that throws does not affect the publisher or other listeners.
 */
@ConsumerType
public interface EventListener {

    /** Service property naming the event types a listener wants, for example {@code io.custodian.kernel.*}. */
    String EVENT_TYPES = "custodian.event.types";

    /** Called once per matching event, on a bus thread. */
    void onEvent(DomainEvent event);
}
