package io.custodian.platform.rest.internal;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Tracks services of any type that carry {@code <property>=true} and reports them by service id. */
final class WhiteboardTracker extends ServiceTracker<Object, Object> {

    private final BiConsumer<Long, Object> added;
    private final LongConsumer removed;

    private WhiteboardTracker(BundleContext context, String property, BiConsumer<Long, Object> added,
                              LongConsumer removed) throws InvalidSyntaxException {
        super(context, FrameworkUtil.createFilter("(" + property + "=true)"), null);
        this.added = added;
        this.removed = removed;
    }

    static WhiteboardTracker open(BundleContext context, String property, BiConsumer<Long, Object> added,
                                  LongConsumer removed) {
        try {
            WhiteboardTracker tracker = new WhiteboardTracker(context, property, added, removed);
            tracker.open(true);
            return tracker;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Bad whiteboard property " + property, e);
        }
    }

    @Override
    public Object addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        if (service != null) {
            added.accept(id(reference), service);
        }
        return service;
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Object service) {
        removed.accept(id(reference));
        context.ungetService(reference);
    }

    private static long id(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }
}
