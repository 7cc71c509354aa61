package io.custodian.platform.metrics.internal.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.events.api.EventBusStats;
import io.custodian.platform.metrics.internal.format.TextFormat;
import io.custodian.platform.persistence.api.Database;
import io.custodian.platform.persistence.api.DatabaseStatus;
import io.custodian.platform.persistence.api.PoolStats;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    @Test
    void databasePoolAndAvailability() {
        Database db = new FixedDatabase(false, new PoolStats(3, 2, 5, 1, 10));
        assertEquals("""
                # HELP custodian_db_up Whether the kernel database answered a validation query (1) or not (0).
                # TYPE custodian_db_up gauge
                custodian_db_up 0
                # HELP custodian_db_pool_connections Open connections of the kernel database pool by state; their sum is the open total.
                # TYPE custodian_db_pool_connections gauge
                custodian_db_pool_connections{state="active"} 3
                custodian_db_pool_connections{state="idle"} 2
                # HELP custodian_db_pool_connections_max Upper bound of the kernel database pool.
                # TYPE custodian_db_pool_connections_max gauge
                custodian_db_pool_connections_max 10
                # HELP custodian_db_pool_waiting_threads Threads waiting for a connection of the kernel database pool.
                # TYPE custodian_db_pool_waiting_threads gauge
                custodian_db_pool_waiting_threads 1
                """, TextFormat.write(new DatabaseMetrics(() -> db).collect()));
    }

    @Test
    void noDatabaseNoSeries() {
        assertTrue(new DatabaseMetrics(() -> null).collect().isEmpty());
    }

    @Test
    void eventBusCounters() {
        EventBus bus = new FixedEventBus(new EventBusStats(10, 18, 2, 4, 3));
        String text = TextFormat.write(new EventBusMetrics(() -> bus).collect());
        assertTrue(text.contains("# TYPE custodian_events_published_total counter\ncustodian_events_published_total 10\n"), text);
        assertTrue(text.contains("# TYPE custodian_events_delivered_total counter\ncustodian_events_delivered_total 18\n"), text);
        assertTrue(text.contains("# TYPE custodian_events_failed_total counter\ncustodian_events_failed_total 2\n"), text);
        assertTrue(text.contains("# TYPE custodian_events_pending gauge\ncustodian_events_pending 4\n"), text);
        assertTrue(text.contains("# TYPE custodian_event_listeners gauge\ncustodian_event_listeners 3\n"), text);
    }

    @Test
    void noEventBusNoSeries() {
        assertTrue(new EventBusMetrics(() -> null).collect().isEmpty());
    }

    /** A Database service stand-in reporting fixed figures; no database behind it is needed here. */
    private record FixedDatabase(boolean up, PoolStats pool) implements Database {
        @Override
        public String vendor() {
            return "test";
        }

        @Override
        public String safeUrl() {
            return "test:";
        }

        @Override
        public DatabaseStatus check() {
            return new DatabaseStatus(up, 1, up ? "up" : "down");
        }
    }

    private record FixedEventBus(EventBusStats stats) implements EventBus {
        @Override
        public void publish(DomainEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AutoCloseable subscribe(String typePattern, Consumer<DomainEvent> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isRunning() {
            return true;
        }
    }
}
