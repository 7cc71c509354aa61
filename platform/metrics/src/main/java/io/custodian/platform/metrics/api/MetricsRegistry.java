package io.custodian.platform.metrics.api;

import java.util.function.DoubleSupplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's metrics, scraped in Prometheus text format at {@code /metrics}. Names follow
 * Prometheus conventions ({@code custodian_http_requests_total}); label values must have bounded
 * cardinality (a route template, never a raw path or an id).
 */
@ProviderType
public interface MetricsRegistry {

    /** Adds one to a counter, creating it on first use. */
    void increment(String name, String help, String... labelNamesAndValues);

    /** Records one observation of a duration, in seconds, into a histogram. */
    void observe(String name, String help, double seconds, String... labelNamesAndValues);

    /**
     * Registers a gauge read at scrape time; re-registering the same name and labels replaces it.
     *
     * @return a handle that removes the gauge when closed (call it when the owner goes away)
     */
    AutoCloseable gauge(String name, String help, DoubleSupplier value, String... labelNamesAndValues);
}
