package io.custodian.platform.metrics.internal.format;

import java.util.List;

/** A snapshot of one metric family as it is written in one scrape. */
public record MetricFamily(String name, String help, MetricType type, List<Sample> samples) {

    public MetricFamily {
        samples = List.copyOf(samples);
        help = help == null ? "" : help;
    }

    /** A family with a single unlabelled sample. */
    public static MetricFamily single(String name, String help, MetricType type, double value) {
        return new MetricFamily(name, help, type, List.of(Sample.of(Labels.EMPTY, value)));
    }
}
