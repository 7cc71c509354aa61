package io.custodian.platform.metrics.api;

import java.util.function.DoubleSupplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's metrics, scraped in Prometheus text format at {@code /metrics}. Names follow
 * Prometheus conventions ({@code custodian_http_requests_total}); label values must have bounded
 * cardinality (a route template, never a raw path or an id).
 *
 * <p>Labels are given as alternating names and values ({@code "method", "GET", "code", "200"});
 * their order does not matter. A metric name keeps the type and help text of its first use.
 * Metric names must match {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, label names
 * {@code [a-zA-Z_][a-zA-Z0-9_]*} without a leading {@code __}; anything else is refused with
 * {@link IllegalArgumentException}, as is using a name with another type than its first use.
 * All methods are thread-safe and cheap once a series exists.
 */
@ProviderType
public interface MetricsRegistry {

    /**
     * Adds one to a counter, creating it on first use.
     *
     * @throws IllegalArgumentException on an invalid name or labels
     */
    void increment(String name, String help, String... labelNamesAndValues);

    /**
     * Records one observation of a duration, in seconds, into a histogram with the buckets
     * .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10 and +Inf. The label name {@code le} is
     * reserved.
     *
     * @throws IllegalArgumentException on an invalid name or labels, or a negative or NaN duration
     */
    void observe(String name, String help, double seconds, String... labelNamesAndValues);

    /**
     * Registers a gauge read at scrape time; re-registering the same name and labels replaces it.
     * The supplier must be thread-safe and fast; one that throws is left out of that scrape.
     *
     * @return a handle that removes the gauge when closed (call it when the owner goes away);
     *         closing a handle whose gauge has since been replaced does nothing
     * @throws IllegalArgumentException on an invalid name or labels
     */
    AutoCloseable gauge(String name, String help, DoubleSupplier value, String... labelNamesAndValues);
}
