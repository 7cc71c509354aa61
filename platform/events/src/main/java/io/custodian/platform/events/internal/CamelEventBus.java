package io.custodian.platform.events.internal;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.events.api.EventBusStats;
import io.custodian.platform.events.api.EventListener;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel event bus: owns the kernel's Camel context (also registered as a
 * {@link CamelContext} service with {@value #CONTEXT_NAME_PROPERTY}={@value EventBusRuntime#CONTEXT_NAME}),
 * delivers events to {@link EventListener} services (whiteboard), and adds the routes of
 * {@link RoutesBuilder} services from other bundles to that context.
 * <p>
 * A configuration change restarts the bus; there is deliberately no {@code @Modified}, since queue
 * sizes and lanes are fixed for a Camel context's lifetime.
 */
@Component(service = EventBus.class, configurationPid = EventBusConfiguration.PID)
@Designate(ocd = EventBusConfiguration.class)
public class CamelEventBus implements EventBus {

    /** Service property of the registered {@link CamelContext}. */
    public static final String CONTEXT_NAME_PROPERTY = "camel.context.name";

    private static final Logger LOG = LoggerFactory.getLogger(CamelEventBus.class);

    private final EventCounters counters = new EventCounters();
    private final SubscriberRegistry registry = new SubscriberRegistry();
    private final ListenerWhiteboard listeners = new ListenerWhiteboard(registry);

    /** RoutesBuilder services by service id, kept to (re)add them whenever the runtime starts. */
    private final Map<Long, RoutesService> routesServices = new LinkedHashMap<>();
    private EventBusRuntime runtime; // guarded by this
    private volatile EventBusRuntime running; // read without locking by publish()
    private ServiceRegistration<CamelContext> contextRegistration;

    private record RoutesService(RoutesBuilder builder, ClassLoader loader, String origin) {
    }

    @Activate
    void activate(EventBusConfiguration config, BundleContext bundleContext) throws Exception {
        EventBusRuntime started = EventBusRuntime.start(EventBusSettings.from(config), registry, counters,
                CamelEventBus.class.getClassLoader());
        synchronized (this) {
            runtime = started;
            routesServices.forEach((id, service) -> contribute(started, id, service));
        }
        running = started;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(CONTEXT_NAME_PROPERTY, EventBusRuntime.CONTEXT_NAME);
        contextRegistration = bundleContext.registerService(CamelContext.class, started.camelContext(), properties);
    }

    @Deactivate
    void deactivate() {
        if (contextRegistration != null) {
            contextRegistration.unregister();
            contextRegistration = null;
        }
        running = null;
        EventBusRuntime stopping;
        synchronized (this) {
            stopping = runtime;
            runtime = null;
        }
        if (stopping != null) {
            stopping.close();
        }
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        EventBusRuntime current = running;
        if (current == null) {
            counters.droppedWhileStopped();
            LOG.warn("Event bus not running; dropped event {} of type {}", event.id(), event.type());
            return;
        }
        current.publish(event);
    }

    @Override
    public AutoCloseable subscribe(String typePattern, Consumer<DomainEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        return registry.subscribe(listener.getClass().getName(), TypePattern.parse(typePattern), listener);
    }

    @Override
    public boolean isRunning() {
        EventBusRuntime current = running;
        return current != null && current.isRunning();
    }

    @Override
    public EventBusStats stats() {
        return counters.snapshot(registry.size());
    }

    @Reference(service = EventListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindEventListener", updated = "updatedEventListener")
    void bindEventListener(EventListener listener, Map<String, Object> properties) {
        listeners.add(listener, properties);
    }

    void updatedEventListener(EventListener listener, Map<String, Object> properties) {
        listeners.update(listener, properties);
    }

    void unbindEventListener(EventListener listener, Map<String, Object> properties) {
        listeners.remove(properties);
    }

    @Reference(service = RoutesBuilder.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindRoutesBuilder")
    void bindRoutesBuilder(ServiceReference<RoutesBuilder> reference, RoutesBuilder builder) {
        Long id = (Long) reference.getProperty(Constants.SERVICE_ID);
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return; // unregistered meanwhile
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        RoutesService service = new RoutesService(builder, wiring == null ? null : wiring.getClassLoader(),
                "bundle " + bundle.getSymbolicName() + " (service " + id + ")");
        synchronized (this) {
            routesServices.put(id, service);
            if (runtime != null) {
                contribute(runtime, id, service);
            }
        }
    }

    void unbindRoutesBuilder(ServiceReference<RoutesBuilder> reference) {
        Long id = (Long) reference.getProperty(Constants.SERVICE_ID);
        synchronized (this) {
            routesServices.remove(id);
            if (runtime != null) {
                runtime.contributions().remove(id);
            }
        }
    }

    private static void contribute(EventBusRuntime target, Long id, RoutesService service) {
        try {
            target.contributions().add(id, service.origin(), service.builder(), service.loader());
        } catch (Exception | LinkageError e) {
            LOG.warn("Routes of {} could not be added to the Camel context", service.origin(), e);
        }
    }
}
