package io.custodian.platform.metrics.internal.format;

/** The metric types of the Prometheus text format, with the word written on {@code # TYPE} lines. */
public enum MetricType {
    COUNTER("counter"),
    GAUGE("gauge"),
    HISTOGRAM("histogram"),
    SUMMARY("summary");

    private final String text;

    MetricType(String text) {
        this.text = text;
    }

    /** The type as written in the exposition format. */
    public String text() {
        return text;
    }
}
