package io.custodian.platform.events.internal;

import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes contributed by other bundles as {@link RoutesBuilder} services: added to the kernel's Camel
 * context with the contributor's class loader, and removed again, routes and loader, when the
 * service goes away.
 */
final class RouteContributions {

    private static final Logger LOG = LoggerFactory.getLogger(RouteContributions.class);

    private record Contribution(String origin, Set<String> routeIds, ClassLoader loader) {
    }

    private final CamelContext context;
    private final RemovableClassResolver resolver;
    private final Map<Object, Contribution> contributions = new HashMap<>();
    // A bundle may contribute several builders; its loader stays until the last one is removed.
    private final Map<ClassLoader, Integer> loaderUsers = new HashMap<>();

    RouteContributions(CamelContext context, RemovableClassResolver resolver) {
        this.context = context;
        this.resolver = resolver;
    }

    /**
     * Adds and starts the builder's routes.
     *
     * @param key    identifies the contribution for {@link #remove(Object)}, e.g. the service id
     * @param origin who contributes, for log messages
     * @param loader the contributor's class loader, or {@code null}
     * @return the ids of the routes added
     * @throws Exception if the routes are invalid; nothing of the contribution is left behind
     */
    synchronized Set<String> add(Object key, String origin, RoutesBuilder builder, ClassLoader loader) throws Exception {
        if (contributions.containsKey(key)) {
            throw new IllegalStateException("routes already contributed under " + key);
        }
        retain(loader);
        Set<String> before = routeIds();
        try {
            builder.addRoutesToCamelContext(context);
        } catch (Exception | LinkageError e) {
            Set<String> partial = routeIds();
            partial.removeAll(before);
            removeRoutes(partial);
            release(loader);
            throw e;
        }
        Set<String> added = routeIds();
        added.removeAll(before);
        contributions.put(key, new Contribution(origin, added, loader));
        LOG.info("Added routes {} of {}", added, origin);
        return added;
    }

    /** Stops and removes the routes contributed under this key; unknown keys are ignored. */
    synchronized void remove(Object key) {
        Contribution contribution = contributions.remove(key);
        if (contribution == null) {
            return;
        }
        removeRoutes(contribution.routeIds());
        release(contribution.loader());
        LOG.info("Removed routes {} of {}", contribution.routeIds(), contribution.origin());
    }

    synchronized Set<Object> keys() {
        return Set.copyOf(contributions.keySet());
    }

    private void removeRoutes(Set<String> routeIds) {
        for (String id : routeIds) {
            try {
                context.getRouteController().stopRoute(id);
                context.removeRoute(id);
            } catch (Exception e) {
                LOG.warn("Route {} could not be removed", id, e);
            }
        }
    }

    private Set<String> routeIds() {
        List<Route> routes = context.getRoutes();
        Set<String> ids = new LinkedHashSet<>();
        routes.forEach(route -> ids.add(route.getRouteId()));
        return ids;
    }

    private void retain(ClassLoader loader) {
        if (loader != null && loaderUsers.merge(loader, 1, Integer::sum) == 1) {
            resolver.addClassLoader(loader);
        }
    }

    private void release(ClassLoader loader) {
        if (loader == null) {
            return;
        }
        Integer users = loaderUsers.computeIfPresent(loader, (l, n) -> n == 1 ? null : n - 1);
        if (users == null) {
            resolver.removeClassLoader(loader);
            // Jackson's shared type cache would otherwise keep the departed bundle's classes alive.
            TypeFactory.defaultInstance().clearCache();
        }
    }
}
