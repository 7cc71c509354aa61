package io.custodian.platform.metrics.internal;

/**
 * Bundle-internal service from the registry component to the {@code /metrics} servlet: one
 * scrape in the Prometheus text format. Not exported, so only this bundle can see it.
 */
public interface MetricsScraper {

    /** All metrics as they are now, in the text exposition format 0.0.4. */
    String scrape();
}
