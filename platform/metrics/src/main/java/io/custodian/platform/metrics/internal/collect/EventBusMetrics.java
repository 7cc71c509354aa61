package io.custodian.platform.metrics.internal.collect;

import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.events.api.EventBusStats;
import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.MetricsCollector;
import java.util.List;
import java.util.function.Supplier;

/** The kernel event bus counters. Without an event bus service the series are absent. */
public final class EventBusMetrics implements MetricsCollector {

    private final Supplier<EventBus> eventBus;

    /** @param eventBus the current event bus service, or null while there is none */
    public EventBusMetrics(Supplier<EventBus> eventBus) {
        this.eventBus = eventBus;
    }

    @Override
    public List<MetricFamily> collect() {
        EventBus bus = eventBus.get();
        if (bus == null) {
            return List.of();
        }
        EventBusStats stats = bus.stats();
        return List.of(
                MetricFamily.single("custodian_events_published_total", "Events accepted by the event bus.",
                        MetricType.COUNTER, stats.published()),
                MetricFamily.single("custodian_events_delivered_total", "Deliveries to listeners that returned normally.",
                        MetricType.COUNTER, stats.delivered()),
                MetricFamily.single("custodian_events_failed_total", "Deliveries to listeners that threw.",
                        MetricType.COUNTER, stats.failed()),
                MetricFamily.single("custodian_events_pending", "Events accepted but not yet delivered to every listener.",
                        MetricType.GAUGE, stats.pending()),
                MetricFamily.single("custodian_event_listeners", "Listeners currently subscribed to the event bus.",
                        MetricType.GAUGE, stats.listeners()));
    }
}
