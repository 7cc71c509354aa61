package io.custodian.platform.metrics.internal.registry;

import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live metric family: its series keyed by labels. The hot path is one map lookup; labels
 * are validated only when a series is created.
 *
 * @param <S> the per-series state
 */
abstract class Family<S> {

    private static final Logger LOG = LoggerFactory.getLogger(Family.class);

    /** Guards memory against label values of unbounded cardinality (raw paths, ids). */
    static final int MAX_SERIES = 10_000;

    private final String name;
    private final String help;
    private final MetricType type;
    final Map<Labels, S> series = new ConcurrentHashMap<>();
    private final AtomicBoolean overflowLogged = new AtomicBoolean();

    Family(String name, String help, MetricType type) {
        this.name = name;
        this.help = help;
        this.type = type;
    }

    MetricType type() {
        return type;
    }

    /**
     * The state of the series with these labels, created on first use.
     *
     * @return null when the family already holds {@link #MAX_SERIES} series
     */
    final S series(Labels labels, Function<Labels, S> factory) {
        S state = series.get(labels);
        if (state != null) {
            return state;
        }
        checkLabels(labels.validate());
        if (series.size() >= MAX_SERIES) {
            if (overflowLogged.compareAndSet(false, true)) {
                LOG.warn("Metric {} has {} series; new label combinations are dropped", name, MAX_SERIES);
            }
            return null;
        }
        return series.computeIfAbsent(labels, factory);
    }

    /** Family-specific label checks, once per new series. */
    void checkLabels(Labels labels) {
    }

    /** Samples of one series, appended to {@code out}. */
    abstract void samples(Labels labels, S state, List<Sample> out);

    /** A consistent-enough snapshot, series sorted by labels; empty when there are no series. */
    final List<MetricFamily> snapshot() {
        List<Sample> samples = new ArrayList<>();
        new TreeMap<>(series).forEach((labels, state) -> samples(labels, state, samples));
        return samples.isEmpty() ? List.of() : List.of(new MetricFamily(name, help, type, samples));
    }
}
