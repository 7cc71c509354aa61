package io.custodian.platform.metrics.internal.registry;

import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.Sample;
import io.custodian.platform.metrics.internal.format.TextFormat;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Histograms with fixed buckets suited to HTTP latencies in seconds. */
final class HistogramFamily extends Family<HistogramFamily.Series> {

    /** Upper bounds of the buckets, in seconds; {@code +Inf} is implicit. */
    static final double[] BOUNDS = {.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10};

    private static final String[] BOUND_LABELS = new String[BOUNDS.length];

    static {
        for (int i = 0; i < BOUNDS.length; i++) {
            BOUND_LABELS[i] = TextFormat.formatValue(BOUNDS[i]);
        }
    }

    HistogramFamily(String name, String help) {
        super(name, help, MetricType.HISTOGRAM);
    }

    void observe(Labels labels, double value) {
        Series state = series(labels, l -> new Series());
        if (state != null) {
            state.observe(value);
        }
    }

    @Override
    void checkLabels(Labels labels) {
        if (labels.contains("le")) {
            throw new IllegalArgumentException("A histogram must not have a label named le");
        }
    }

    @Override
    void samples(Labels labels, Series state, List<Sample> out) {
        // The count is derived from the buckets so that _count always equals the +Inf bucket.
        long cumulative = 0;
        for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += state.buckets[i].sum();
            out.add(new Sample("_bucket", labels.with("le", BOUND_LABELS[i]), cumulative));
        }
        cumulative += state.buckets[BOUNDS.length].sum();
        out.add(new Sample("_bucket", labels.with("le", "+Inf"), cumulative));
        out.add(new Sample("_sum", labels, state.sum.sum()));
        out.add(new Sample("_count", labels, cumulative));
    }

    /** One series: a non-cumulative count per bucket (the last one is {@code +Inf}) and the sum. */
    static final class Series {
        private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
        private final DoubleAdder sum = new DoubleAdder();

        Series() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double value) {
            int i = 0;
            while (i < BOUNDS.length && value > BOUNDS[i]) {
                i++;
            }
            buckets[i].increment();
            sum.add(value);
        }
    }
}
