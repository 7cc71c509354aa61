package io.custodian.platform.rest.internal;

import io.custodian.platform.metrics.api.MetricsRegistry;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

/**
 * Counts requests and their latency by route template (never the raw path: bounded label
 * cardinality), method and status.
 */
@PreMatching
@Priority(1)
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String START = RequestMetricsFilter.class.getName() + ".start";

    private final Supplier<MetricsRegistry> metrics;

    @Context
    private ResourceInfo resourceInfo;

    public RequestMetricsFilter(Supplier<MetricsRegistry> metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MetricsRegistry registry = metrics.get();
        Object start = request.getProperty(START);
        if (registry == null || !(start instanceof Long started)) {
            return;
        }
        String route = routeTemplate();
        String method = request.getMethod();
        String status = Integer.toString(response.getStatus());
        registry.increment("custodian_http_requests_total", "HTTP requests by route, method and status",
                "route", route, "method", method, "status", status);
        registry.observe("custodian_http_request_duration_seconds", "HTTP request latency by route and method",
                (System.nanoTime() - started) / 1e9, "route", route, "method", method);
    }

    private String routeTemplate() {
        if (resourceInfo == null || resourceInfo.getResourceClass() == null || resourceInfo.getResourceMethod() == null) {
            return "unmatched";
        }
        Path type = resourceInfo.getResourceClass().getAnnotation(Path.class);
        Path method = resourceInfo.getResourceMethod().getAnnotation(Path.class);
        String joined = "/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        String normalised = joined.replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1) : normalised;
    }
}
