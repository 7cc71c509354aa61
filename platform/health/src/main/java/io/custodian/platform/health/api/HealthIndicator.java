package io.custodian.platform.health.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A component's contribution to the health report. Register implementations as OSGi services;
 * the health service calls each with a timeout and reports a failing or slow one as DOWN.
 */
@ConsumerType
public interface HealthIndicator {

    /** Stable component name in the report, for example {@code database} or {@code eventBus}. */
    String name();

    /** Checks the component. May block briefly; must not throw. */
    HealthCheck check();
}
