package io.custodian.platform.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.health.api.BundleHealth;
import io.custodian.platform.health.api.HealthCheck;
import io.custodian.platform.health.api.HealthIndicator;
import io.custodian.platform.health.api.HealthReport;
import io.custodian.platform.health.api.Status;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthAggregatorTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HealthAggregator aggregator = new HealthAggregator(executor, 200, Clock.systemUTC());
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void stop() {
        never.countDown();
        executor.shutdownNow();
    }

    @Test
    void upWhenEveryRequiredComponentIsUpAndBundlesAreActive() {
        HealthReport report = aggregator.report(List.of(up("database"), up("eventBus")),
                List.of(new BundleHealth("custodian-platform-rest", "0.1.0", "ACTIVE")));
        assertEquals(Status.UP, report.status());
        assertEquals(2, report.components().size());
    }

    @Test
    void missingRequiredComponentIsReportedDown() {
        HealthReport report = aggregator.report(List.of(up("eventBus")), List.of());
        assertEquals(Status.DOWN, report.status());
        assertEquals(Status.DOWN, report.components().get("database").status());
    }

    @Test
    void inactiveBundleDegradesThePlatform() {
        HealthReport report = aggregator.report(List.of(up("database"), up("eventBus")),
                List.of(new BundleHealth("custodian-platform-audit", "0.1.0", "RESOLVED")));
        assertEquals(Status.DEGRADED, report.status());
    }

    @Test
    void throwingOrHangingIndicatorIsDownAndDoesNotBlockTheReport() {
        HealthIndicator throwing = indicator("database", () -> {
            throw new IllegalStateException("boom");
        });
        HealthIndicator hanging = indicator("eventBus", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HealthCheck.up("late", Map.of());
        });
        long start = System.nanoTime();
        HealthReport report = aggregator.report(List.of(throwing, hanging), List.of());
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Status.DOWN, report.components().get("database").status());
        assertTrue(report.components().get("database").detail().contains("IllegalStateException"));
        assertEquals("no answer within the time limit", report.components().get("eventBus").detail());
        assertTrue(tookMs < 2000, "report waited " + tookMs + " ms for a hanging indicator");
    }

    private static HealthIndicator up(String name) {
        return indicator(name, () -> HealthCheck.up("fine", Map.of()));
    }

    private static HealthIndicator indicator(String name, java.util.function.Supplier<HealthCheck> check) {
        return new HealthIndicator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthCheck check() {
                return check.get();
            }
        };
    }
}
