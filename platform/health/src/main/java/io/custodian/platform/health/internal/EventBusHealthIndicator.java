package io.custodian.platform.health.internal;

import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.events.api.EventBusStats;
import io.custodian.platform.health.api.HealthCheck;
import io.custodian.platform.health.api.HealthIndicator;
import io.custodian.platform.health.api.Status;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The kernel event bus: running, and its delivery counters. */
@Component
public class EventBusHealthIndicator implements HealthIndicator {

    @Reference
    private EventBus bus;

    @Override
    public String name() {
        return "eventBus";
    }

    @Override
    public HealthCheck check() {
        EventBusStats stats = bus.stats();
        Map<String, Object> data = Map.of("published", stats.published(), "delivered", stats.delivered(),
                "failed", stats.failed(), "pending", stats.pending(), "listeners", stats.listeners());
        return bus.isRunning()
                ? new HealthCheck(Status.UP, "Camel context started", data)
                : new HealthCheck(Status.DOWN, "Camel context not started", data);
    }
}
