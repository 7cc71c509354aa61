package io.custodian.platform.metrics.internal.format;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Writes metric families in the Prometheus text exposition format, version 0.0.4.
 *
 * @see <a href="https://prometheus.io/docs/instrumenting/exposition_formats/">Exposition formats</a>
 */
public final class TextFormat {

    /** Media type of the format, for the {@code Content-Type} header. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private TextFormat() {
    }

    /** Writes the families in the order given. */
    public static String write(Collection<MetricFamily> families) {
        StringBuilder out = new StringBuilder(4096);
        for (MetricFamily family : families) {
            write(out, family);
        }
        return out.toString();
    }

    private static void write(StringBuilder out, MetricFamily family) {
        if (!family.help().isEmpty()) {
            out.append("# HELP ").append(family.name()).append(' ');
            appendEscaped(out, family.help(), false);
            out.append('\n');
        }
        out.append("# TYPE ").append(family.name()).append(' ').append(family.type().text()).append('\n');
        for (Sample sample : family.samples()) {
            out.append(family.name()).append(sample.suffix());
            appendLabels(out, sample.labels());
            out.append(' ').append(formatValue(sample.value())).append('\n');
        }
    }

    static void appendLabels(StringBuilder out, Labels labels) {
        if (labels.size() == 0) {
            return;
        }
        out.append('{');
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(labels.name(i)).append("=\"");
            appendEscaped(out, labels.value(i), true);
            out.append('"');
        }
        out.append('}');
    }

    /** Backslash and line feed are escaped everywhere; the double quote only in label values. */
    private static void appendEscaped(StringBuilder out, String text, boolean quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '"' -> out.append(quote ? "\\\"" : "\"");
                default -> out.append(c);
            }
        }
    }

    /**
     * Formats a sample value (or an {@code le} bound) as Prometheus parses it: whole numbers
     * without a fraction, {@code +Inf}, {@code -Inf} and {@code NaN} spelled the Prometheus way.
     */
    public static String formatValue(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < 1e15) {
            return Long.toString((long) value);
        }
        if (magnitude >= 1e-3 && magnitude < 1e15) {
            // Double.toString switches to E notation from 1e7 on (start times, byte counts);
            // the same shortest digits written plainly are easier to read.
            return new BigDecimal(Double.toString(value)).toPlainString();
        }
        return Double.toString(value);
    }
}
