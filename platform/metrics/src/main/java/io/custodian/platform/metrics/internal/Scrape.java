package io.custodian.platform.metrics.internal;

import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricsCollector;
import io.custodian.platform.metrics.internal.format.TextFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the families of all collectors into one valid exposition: sorted by name, each name
 * once (a later duplicate is dropped, since Prometheus rejects a scrape that repeats a family),
 * and a failing collector left out instead of failing the scrape.
 */
final class Scrape implements MetricsScraper {

    private static final Logger LOG = LoggerFactory.getLogger(Scrape.class);

    private final List<MetricsCollector> collectors;

    Scrape(List<MetricsCollector> collectors) {
        this.collectors = List.copyOf(collectors);
    }

    @Override
    public String scrape() {
        Map<String, MetricFamily> families = new TreeMap<>();
        for (MetricsCollector collector : collectors) {
            List<MetricFamily> collected;
            try {
                collected = collector.collect();
            } catch (RuntimeException e) {
                LOG.warn("Metrics collector {} failed and is left out of this scrape", collector.getClass().getSimpleName(), e);
                continue;
            }
            for (MetricFamily family : collected) {
                if (families.putIfAbsent(family.name(), family) != null) {
                    LOG.warn("Metric family {} is produced twice; the second one is dropped", family.name());
                }
            }
        }
        return TextFormat.write(families.values());
    }
}
