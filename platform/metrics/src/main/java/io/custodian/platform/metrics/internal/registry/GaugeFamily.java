package io.custodian.platform.metrics.internal.registry;

import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.Sample;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gauges read at scrape time from suppliers registered by their owners. */
final class GaugeFamily extends Family<GaugeFamily.Cell> {

    private static final Logger LOG = LoggerFactory.getLogger(GaugeFamily.class);

    private final String name;

    GaugeFamily(String name, String help) {
        super(name, help, MetricType.GAUGE);
        this.name = name;
    }

    /** Registers or replaces the gauge; the handle removes only this registration. */
    AutoCloseable register(Labels labels, DoubleSupplier supplier) {
        checkLabels(labels.validate());
        Cell cell = new Cell(supplier);
        series.put(labels, cell);
        return () -> series.remove(labels, cell);
    }

    @Override
    void samples(Labels labels, Cell cell, List<Sample> out) {
        try {
            out.add(Sample.of(labels, cell.supplier.getAsDouble()));
        } catch (RuntimeException e) {
            // One broken owner must not break the scrape for everyone.
            LOG.warn("Gauge {}{} failed and is left out of this scrape", name, labels, e);
        }
    }

    /** Identity wrapper, so a closed handle never removes a newer registration. */
    static final class Cell {
        private final DoubleSupplier supplier;

        Cell(DoubleSupplier supplier) {
            this.supplier = supplier;
        }
    }
}
