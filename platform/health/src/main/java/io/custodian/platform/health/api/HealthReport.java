package io.custodian.platform.health.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The aggregated health of the platform.
 *
 * @param status     worst state over components and bundles
 * @param checkedAt  when the report was made
 * @param components indicator results by name
 * @param bundles    every Custodian bundle and its state
 */
public record HealthReport(Status status, Instant checkedAt, Map<String, HealthCheck> components,
                           List<BundleHealth> bundles) {
    public HealthReport {
        components = Map.copyOf(components);
        bundles = List.copyOf(bundles);
    }
}
