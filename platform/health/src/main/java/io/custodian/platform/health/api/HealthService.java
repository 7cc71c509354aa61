package io.custodian.platform.health.api;

import org.osgi.annotation.versioning.ProviderType;

/** Aggregates every registered {@link HealthIndicator} and the state of Custodian bundles. */
@ProviderType
public interface HealthService {

    /** A fresh report. */
    HealthReport report();
}
