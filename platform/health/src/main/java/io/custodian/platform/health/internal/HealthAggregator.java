package io.custodian.platform.health.internal;

import io.custodian.platform.health.api.BundleHealth;
import io.custodian.platform.health.api.HealthCheck;
import io.custodian.platform.health.api.HealthIndicator;
import io.custodian.platform.health.api.HealthReport;
import io.custodian.platform.health.api.Status;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns indicator results and bundle states into one report. Components the platform cannot run
 * without are reported DOWN when their indicator is missing; an indicator that throws or exceeds
 * the timeout is DOWN; a Custodian bundle that is not ACTIVE makes the platform DEGRADED.
 */
final class HealthAggregator {

    /** Components whose absence means the platform is down. */
    static final List<String> REQUIRED = List.of("database", "eventBus");

    private final ExecutorService executor;
    private final long timeoutMs;
    private final Clock clock;

    HealthAggregator(ExecutorService executor, long timeoutMs, Clock clock) {
        this.executor = executor;
        this.timeoutMs = timeoutMs;
        this.clock = clock;
    }

    HealthReport report(Collection<HealthIndicator> indicators, List<BundleHealth> bundles) {
        Map<String, CompletableFuture<HealthCheck>> running = new TreeMap<>();
        for (HealthIndicator indicator : indicators) {
            running.put(indicator.name(), CompletableFuture.supplyAsync(indicator::check, executor));
        }
        Map<String, HealthCheck> components = new TreeMap<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        running.forEach((name, future) -> components.put(name, await(future, deadline)));
        for (String required : REQUIRED) {
            components.putIfAbsent(required, HealthCheck.down("not available: its bundle is not running"));
        }
        Status status = Status.UP;
        for (HealthCheck check : components.values()) {
            status = status.worst(check.status());
        }
        for (BundleHealth bundle : bundles) {
            if (!"ACTIVE".equals(bundle.state())) {
                status = status.worst(Status.DEGRADED);
            }
        }
        return new HealthReport(status, clock.instant(), components, bundles);
    }

    private static HealthCheck await(CompletableFuture<HealthCheck> future, long deadlineNanos) {
        try {
            long left = Math.max(0, deadlineNanos - System.nanoTime());
            HealthCheck check = future.get(left, TimeUnit.NANOSECONDS);
            return check != null ? check : HealthCheck.down("indicator returned nothing");
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            return HealthCheck.down("no answer within the time limit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheck.down("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return HealthCheck.down("indicator failed: " + e.getCause().getClass().getSimpleName());
        }
    }
}
