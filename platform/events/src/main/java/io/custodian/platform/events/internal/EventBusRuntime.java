package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bus: the kernel's Camel context named {@value #CONTEXT_NAME}, its publish queue and
 * delivery lanes, and the routes other bundles contribute. Free of OSGi so it runs in a plain JVM.
 */
final class EventBusRuntime implements AutoCloseable {

    static final String CONTEXT_NAME = "custodian";

    private static final Logger LOG = LoggerFactory.getLogger(EventBusRuntime.class);
    // Bounds stop() when a listener hangs; Camel's default would wait 45 s.
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final DefaultCamelContext context;
    private final EventBusSettings settings;
    private final EventCounters counters;
    private final ProducerTemplate template;
    private final Endpoint publishQueue;
    private final RouteContributions contributions;

    private EventBusRuntime(DefaultCamelContext context, EventBusSettings settings, EventCounters counters,
                            ProducerTemplate template, Endpoint publishQueue, RouteContributions contributions) {
        this.context = context;
        this.settings = settings;
        this.counters = counters;
        this.template = template;
        this.publishQueue = publishQueue;
        this.contributions = contributions;
    }

    /**
     * Creates and starts the Camel context with the bus routes.
     *
     * @param loader the class loader that sees Camel and its service files (the bundle's in OSGi)
     */
    static EventBusRuntime start(EventBusSettings settings, SubscriberRegistry registry, EventCounters counters,
                                 ClassLoader loader) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // DS activates us on an arbitrary thread whose context loader cannot see Camel's
        // META-INF/services files; the threads Camel creates here inherit this one.
        thread.setContextClassLoader(loader);
        DefaultCamelContext context = new DefaultCamelContext(false);
        try {
            context.getCamelContextExtension().setName(CONTEXT_NAME);
            context.setApplicationContextClassLoader(loader);
            RemovableClassResolver resolver = new RemovableClassResolver();
            context.setClassResolver(resolver);
            context.disableJMX();
            context.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);

            ProducerTemplate template = context.createProducerTemplate();
            Endpoint publishQueue = context.getEndpoint(settings.publishQueueUri());
            List<Endpoint> lanes = new ArrayList<>();
            for (int lane = 0; lane < settings.consumerThreads(); lane++) {
                lanes.add(context.getEndpoint(settings.laneUri(lane)));
            }
            EventDispatcher dispatcher = new EventDispatcher(registry, counters, template, lanes);
            context.addRoutes(new EventBusRoutes(settings, dispatcher, new LaneDeliverer(counters)));
            context.start();
            LOG.info("Event bus started: Camel {} context '{}', queue size {}, {} delivery lanes",
                    context.getVersion(), CONTEXT_NAME, settings.queueSize(), settings.consumerThreads());
            return new EventBusRuntime(context, settings, counters, template, publishQueue,
                    new RouteContributions(context, resolver));
        } catch (Exception | LinkageError e) {
            context.shutdown();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Queues the event; when the queue stays full for the publish timeout, or the bus is stopping,
     * the event is dropped, counted and logged instead.
     */
    void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        counters.accepting();
        try {
            template.sendBody(publishQueue, event);
            counters.accepted();
        } catch (RuntimeException e) {
            counters.refused();
            // Id and type only: event data may be confidential; and no stack trace (or exchange
            // description) for what is overload, not a bug.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("Event bus queue full (size {}, waited {} ms) or stopping; dropped event {} of type {} ({})",
                    settings.queueSize(), settings.publishTimeout().toMillis(), event.id(), event.type(),
                    cause.getClass().getSimpleName());
        }
    }

    boolean isRunning() {
        return context.isStarted();
    }

    CamelContext camelContext() {
        return context;
    }

    RouteContributions contributions() {
        return contributions;
    }

    @Override
    public void close() {
        try {
            template.close();
        } catch (Exception e) {
            LOG.debug("Producer template did not close cleanly", e);
        }
        // Stops the routes (bounded by the shutdown timeout) and releases the context's services.
        context.shutdown();
        LOG.info("Event bus stopped");
    }
}
