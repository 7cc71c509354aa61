package io.custodian.platform.metrics.internal.format;

import java.util.List;

/** A source of metric families, asked once per scrape. */
@FunctionalInterface
public interface MetricsCollector {

    /** The families as they are now; may be empty, never null. */
    List<MetricFamily> collect();
}
