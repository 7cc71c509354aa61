package io.custodian.platform.metrics.internal.registry;

import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.Sample;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Counters: monotonically increasing, one {@link LongAdder} per series. */
final class CounterFamily extends Family<LongAdder> {

    CounterFamily(String name, String help) {
        super(name, help, MetricType.COUNTER);
    }

    void increment(Labels labels) {
        LongAdder adder = series(labels, l -> new LongAdder());
        if (adder != null) {
            adder.increment();
        }
    }

    @Override
    void samples(Labels labels, LongAdder state, List<Sample> out) {
        out.add(Sample.of(labels, state.sum()));
    }
}
