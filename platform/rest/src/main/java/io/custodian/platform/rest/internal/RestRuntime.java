package io.custodian.platform.rest.internal;

import io.custodian.platform.metrics.api.MetricsRegistry;
import io.custodian.platform.ratelimit.api.RateLimiter;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.platform.rest.internal.problem.CustodianExceptionMapper;
import io.custodian.platform.rest.internal.problem.JsonExceptionMapper;
import io.custodian.platform.rest.internal.problem.UnexpectedExceptionMapper;
import io.custodian.platform.rest.internal.problem.WebApplicationExceptionMapper;
import io.custodian.platform.security.api.SecurityService;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.servlet.Servlet;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.sse.SseContextProvider;
import org.apache.cxf.jaxrs.sse.SseEventSinkContextProvider;
import org.apache.cxf.jaxrs.sse.interceptor.SseInterceptor;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JAX-RS runtime of the platform: a CXF servlet at {@code /api/v1/*} serving every OSGi
 * service registered with {@code osgi.jaxrs.resource=true}. When resources or providers come or go
 * the JAX-RS server is rebuilt with the new set, so a bundle's routes appear when it starts and
 * disappear when it stops, without restarting anything else.
 */
@Component(immediate = true, service = RestRuntime.class)
public class RestRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(RestRuntime.class);
    private static final long REBUILD_DELAY_MS = 100;

    // Keyed by service id so the server is built in a stable order.
    private final Map<Long, Object> resources = new ConcurrentSkipListMap<>();
    private final Map<Long, Object> providers = new ConcurrentSkipListMap<>();
    private final SecurityService security;
    private volatile MetricsRegistry metrics;

    private Bus bus;
    private ServiceRegistration<Servlet> servletRegistration;
    private Server server;
    private WhiteboardTracker resourceTracker;
    private WhiteboardTracker providerTracker;
    private boolean active;
    private boolean rebuildPending;
    private volatile RateLimiter rateLimiter;
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "custodian-rest-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public RestRuntime(BundleContext context, @Reference SecurityService security) {
        this.security = security;
        start(context);
    }

    private synchronized void start(BundleContext context) {
        bus = withOwnClassLoader(() -> BusFactory.newInstance().createBus());
        // CXF sets a context class loader for every request; without this extension it asks its
        // resource manager for one, which searches jars under a lock on each request.
        bus.setExtension(RestRuntime.class.getClassLoader(), ClassLoader.class);
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        servlet.setBus(bus);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", RestResources.BASE_PATH + "/*");
        props.put("osgi.http.whiteboard.servlet.name", "custodian-api");
        // Server-sent event streams (a scan's progress) hold the request open through the servlet's AsyncContext.
        props.put("osgi.http.whiteboard.servlet.asyncSupported", Boolean.TRUE);
        props.put(Constants.SERVICE_DESCRIPTION, "Custodian REST API");
        servletRegistration = context.registerService(Servlet.class, servlet, props);
        active = true;
        rebuild();
        // A tracker, not a DS reference: resources are registered under their own class names,
        // and a DS reference would only see services registered as java.lang.Object.
        resourceTracker = WhiteboardTracker.open(context, RestResources.RESOURCE_PROPERTY, (id, s) -> addResource(id, s), this::removeResource);
        providerTracker = WhiteboardTracker.open(context, RestResources.PROVIDER_PROPERTY, (id, s) -> addProvider(id, s), this::removeProvider);
    }

    @Deactivate
    void deactivate() {
        // Trackers first and outside the lock: closing them calls back into remove*.
        resourceTracker.close();
        providerTracker.close();
        shutdown();
        rebuilder.shutdownNow();
    }

    private synchronized void shutdown() {
        active = false;
        stopServer();
        if (servletRegistration != null) {
            servletRegistration.unregister();
            servletRegistration = null;
        }
        if (bus != null) {
            bus.shutdown(true);
            bus = null;
        }
    }

    void addResource(long serviceId, Object resource) {
        resources.put(serviceId, resource);
        rebuildIfActive();
    }

    void removeResource(long serviceId) {
        resources.remove(serviceId);
        rebuildIfActive();
    }

    void addProvider(long serviceId, Object provider) {
        providers.put(serviceId, provider);
        rebuildIfActive();
    }

    void removeProvider(long serviceId) {
        providers.remove(serviceId);
        rebuildIfActive();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRateLimiter(RateLimiter limiter) {
        rateLimiter = limiter;
    }

    void unbindRateLimiter(RateLimiter limiter) {
        if (rateLimiter == limiter) {
            rateLimiter = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMetrics(MetricsRegistry registry) {
        metrics = registry;
    }

    void unbindMetrics(MetricsRegistry registry) {
        if (metrics == registry) {
            metrics = null;
        }
    }

    /**
     * Rebuilds soon rather than now: at boot a dozen resources register one after another, and
     * building the CXF server once per registration cost seconds of start-up. Changes within
     * {@link #REBUILD_DELAY_MS} of each other are served by one rebuild.
     */
    private synchronized void rebuildIfActive() {
        if (active && !rebuildPending) {
            rebuildPending = true;
            rebuilder.schedule(this::pendingRebuild, REBUILD_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void pendingRebuild() {
        rebuildPending = false;
        if (active) {
            rebuild();
        }
    }

    /** CXF's property for the largest multipart part it reads; without it a part may be any size. */
    private static final String ATTACHMENT_MAX_SIZE = "attachment-max-size";
    /**
     * Parts above this are refused while CXF reads them, before any resource sees them, so an upload cannot fill
     * the temporary folder. Above the largest plugin jar the plugin host accepts by default (50 MiB).
     */
    static final long MAX_ATTACHMENT_BYTES = 64L * 1024 * 1024;

    private void rebuild() {
        stopServer();
        List<Object> beans = new ArrayList<>();
        beans.add(new ApiRootResource());
        beans.addAll(resources.values());
        List<Object> allProviders = new ArrayList<>(List.of(JsonProvider.create(),
                new CorrelationFilter(), new AuthenticationFilter(security), new RateLimitFilter(() -> rateLimiter),
                new AuthorizationFilter(security), new RequestMetricsFilter(() -> metrics),
                new CustodianExceptionMapper(), new WebApplicationExceptionMapper(), new JsonExceptionMapper(),
                new UnexpectedExceptionMapper(), new SseContextProvider(), new SseEventSinkContextProvider()));
        allProviders.addAll(providers.values());
        server = withOwnClassLoader(() -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(beans);
            factory.setProviders(allProviders);
            // What CXF's SseFeature sets up, without the feature class (it drags in the JAX-WS API).
            factory.getInInterceptors().add(new SseInterceptor());
            factory.setProperties(Map.of(ATTACHMENT_MAX_SIZE, Long.toString(MAX_ATTACHMENT_BYTES)));
            return factory.create();
        });
        LOG.info("REST API serves {} resource(s) under {}", beans.size(), RestResources.BASE_PATH);
    }

    private void stopServer() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }

    /** CXF looks up extensions through the context class loader; make it ours while it does. */
    private static <T> T withOwnClassLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestRuntime.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
