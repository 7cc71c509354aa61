package io.custodian.platform.metrics.internal.format;

import java.util.regex.Pattern;

/** Validation of metric and label names against the Prometheus data model. */
public final class MetricNames {

    private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private MetricNames() {
    }

    /**
     * @return the name, when it is a valid metric name
     * @throws IllegalArgumentException otherwise
     */
    public static String requireMetricName(String name) {
        if (name == null || !METRIC.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid metric name: " + quote(name));
        }
        return name;
    }

    /**
     * @return the name, when it is a valid label name that is not reserved ({@code __} prefix)
     * @throws IllegalArgumentException otherwise
     */
    public static String requireLabelName(String name) {
        if (name == null || !LABEL.matcher(name).matches() || name.startsWith("__")) {
            throw new IllegalArgumentException("Invalid label name: " + quote(name));
        }
        return name;
    }

    private static String quote(String name) {
        if (name == null) {
            return "null";
        }
        // Keep the message one short line even if a caller passed something odd.
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return '"' + shown.replace("\n", "\\n") + '"';
    }
}
