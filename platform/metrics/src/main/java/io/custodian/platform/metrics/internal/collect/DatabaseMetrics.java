package io.custodian.platform.metrics.internal.collect;

import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.MetricsCollector;
import io.custodian.platform.metrics.internal.format.Sample;
import io.custodian.platform.persistence.api.Database;
import io.custodian.platform.persistence.api.PoolStats;
import java.util.List;
import java.util.function.Supplier;

/**
 * The kernel database's availability and connection pool. Without a database service the
 * series are absent.
 */
public final class DatabaseMetrics implements MetricsCollector {

    private final Supplier<Database> database;

    /** @param database the current database service, or null while there is none */
    public DatabaseMetrics(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public List<MetricFamily> collect() {
        Database db = database.get();
        if (db == null) {
            return List.of();
        }
        PoolStats pool = db.pool();
        return List.of(
                MetricFamily.single("custodian_db_up", "Whether the kernel database answered a validation query (1) or not (0).",
                        MetricType.GAUGE, db.check().up() ? 1 : 0),
                new MetricFamily("custodian_db_pool_connections",
                        "Open connections of the kernel database pool by state; their sum is the open total.",
                        MetricType.GAUGE, List.of(
                                Sample.of(Labels.of("state", "active"), pool.active()),
                                Sample.of(Labels.of("state", "idle"), pool.idle()))),
                MetricFamily.single("custodian_db_pool_connections_max", "Upper bound of the kernel database pool.",
                        MetricType.GAUGE, pool.max()),
                MetricFamily.single("custodian_db_pool_waiting_threads",
                        "Threads waiting for a connection of the kernel database pool.", MetricType.GAUGE, pool.waiting()));
    }
}
