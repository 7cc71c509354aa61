package io.custodian.platform.health.internal;

import io.custodian.platform.health.api.HealthCheck;
import io.custodian.platform.health.api.HealthIndicator;
import io.custodian.platform.health.api.Status;
import io.custodian.platform.persistence.api.Database;
import io.custodian.platform.persistence.api.DatabaseStatus;
import io.custodian.platform.persistence.api.PoolStats;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The kernel database: reachable, how fast, which vendor, pool usage. */
@Component
public class DatabaseHealthIndicator implements HealthIndicator {

    @Reference
    private Database database;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheck check() {
        DatabaseStatus status = database.check();
        PoolStats pool = database.pool();
        Map<String, Object> data = Map.of("vendor", status.up() ? database.vendor() : "unknown",
                "latencyMs", status.latencyMs(), "poolActive", pool.active(), "poolIdle", pool.idle(),
                "poolMax", pool.max());
        return new HealthCheck(status.up() ? Status.UP : Status.DOWN, status.message(), data);
    }
}
