package io.custodian.platform.metrics.internal.registry;

import io.custodian.platform.metrics.api.MetricsRegistry;
import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricNames;
import io.custodian.platform.metrics.internal.format.MetricsCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;

/**
 * The in-process registry: families by name, each created on first use with the help text of
 * that first use. A name keeps the type it was first used with.
 */
public final class DefaultMetricsRegistry implements MetricsRegistry, MetricsCollector {

    private final Map<String, Family<?>> families = new ConcurrentHashMap<>();

    @Override
    public void increment(String name, String help, String... labelNamesAndValues) {
        family(name, help, CounterFamily.class, CounterFamily::new).increment(Labels.of(labelNamesAndValues));
    }

    @Override
    public void observe(String name, String help, double seconds, String... labelNamesAndValues) {
        if (Double.isNaN(seconds) || seconds < 0) {
            throw new IllegalArgumentException("Observed duration must be a non-negative number: " + seconds);
        }
        family(name, help, HistogramFamily.class, HistogramFamily::new)
                .observe(Labels.of(labelNamesAndValues), seconds);
    }

    @Override
    public AutoCloseable gauge(String name, String help, DoubleSupplier value, String... labelNamesAndValues) {
        Objects.requireNonNull(value, "value");
        return family(name, help, GaugeFamily.class, GaugeFamily::new)
                .register(Labels.of(labelNamesAndValues), value);
    }

    @Override
    public List<MetricFamily> collect() {
        List<MetricFamily> out = new ArrayList<>();
        new TreeMap<>(families).values().forEach(family -> out.addAll(family.snapshot()));
        return out;
    }

    private <F extends Family<?>> F family(String name, String help, Class<F> type,
                                           BiFunction<String, String, F> factory) {
        Family<?> family = name == null ? null : families.get(name);
        if (family == null) {
            // Only a miss validates: a valid name misses once, an invalid one always throws here.
            MetricNames.requireMetricName(name);
            family = families.computeIfAbsent(name, n -> factory.apply(n, help));
        }
        if (!type.isInstance(family)) {
            throw new IllegalArgumentException("Metric " + name + " is already registered as a "
                    + family.type().text());
        }
        return type.cast(family);
    }
}
