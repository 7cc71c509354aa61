package io.custodian.platform.openapi.internal;

import io.custodian.platform.rest.api.RestResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks every JAX-RS resource service, whatever its object class (a DS reference to
 * {@code java.lang.Object} would only see services registered under that name), and reports
 * each change. Services of this bundle are skipped: its own resource is added by the caller,
 * and getting it here, while it activates, would be a circular service request.
 */
final class ResourceTracker extends ServiceTracker<Object, Class<?>> {

    static final String FILTER = "(" + RestResources.RESOURCE_PROPERTY + "=true)";

    private final long ownBundleId;
    private final Runnable onChange;
    /** Own map rather than getTracked(): it must be updated before onChange runs, not after addingService returns. */
    private final Map<ServiceReference<Object>, Class<?>> classes = new ConcurrentHashMap<>();

    ResourceTracker(BundleContext context, Runnable onChange) throws InvalidSyntaxException {
        super(context, context.createFilter(FILTER), null);
        this.ownBundleId = context.getBundle().getBundleId();
        this.onChange = onChange;
    }

    /** The classes of the resources registered now. */
    List<Class<?>> resourceClasses() {
        return new ArrayList<>(classes.values());
    }

    @Override
    public Class<?> addingService(ServiceReference<Object> reference) {
        if (reference.getBundle() == null || reference.getBundle().getBundleId() == ownBundleId) {
            return null;
        }
        Object service = context.getService(reference);
        if (service == null) {
            return null;
        }
        Class<?> type = service.getClass();
        classes.put(reference, type);
        onChange.run();
        return type;
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Class<?> type) {
        onChange.run();
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Class<?> type) {
        classes.remove(reference);
        onChange.run();
        context.ungetService(reference);
    }
}
