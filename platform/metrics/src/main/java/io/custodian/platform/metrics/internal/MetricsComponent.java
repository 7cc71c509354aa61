package io.custodian.platform.metrics.internal;

import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.metrics.api.MetricsRegistry;
import io.custodian.platform.metrics.internal.collect.DatabaseMetrics;
import io.custodian.platform.metrics.internal.collect.EventBusMetrics;
import io.custodian.platform.metrics.internal.collect.JvmMetrics;
import io.custodian.platform.metrics.internal.collect.ProcessMetrics;
import io.custodian.platform.metrics.internal.registry.DefaultMetricsRegistry;
import io.custodian.platform.persistence.api.Database;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The platform's {@link MetricsRegistry}, plus the scrape-time collectors (JVM, process,
 * database pool, event bus) that the {@code /metrics} servlet renders. Immediate, so the
 * counters live as long as the bundle and not only while someone holds the service.
 */
@Component(immediate = true, service = {MetricsRegistry.class, MetricsScraper.class})
public final class MetricsComponent implements MetricsRegistry, MetricsScraper {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventBus eventBus;

    private final DefaultMetricsRegistry registry = new DefaultMetricsRegistry();
    // Built-in collectors first: on a name clash with a registry metric, theirs is kept.
    private final Scrape scrape = new Scrape(List.of(
            new JvmMetrics(),
            new ProcessMetrics(),
            new DatabaseMetrics(() -> database),
            new EventBusMetrics(() -> eventBus),
            registry));

    @Override
    public void increment(String name, String help, String... labelNamesAndValues) {
        registry.increment(name, help, labelNamesAndValues);
    }

    @Override
    public void observe(String name, String help, double seconds, String... labelNamesAndValues) {
        registry.observe(name, help, seconds, labelNamesAndValues);
    }

    @Override
    public AutoCloseable gauge(String name, String help, DoubleSupplier value, String... labelNamesAndValues) {
        return registry.gauge(name, help, value, labelNamesAndValues);
    }

    @Override
    public String scrape() {
        return scrape.scrape();
    }
}
