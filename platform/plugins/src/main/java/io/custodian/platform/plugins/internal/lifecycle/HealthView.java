package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugin.runtime.PluginFailure;
import io.custodian.platform.plugin.runtime.PluginHealth;
import java.time.Instant;

/**
 * A plugin's health as answered by {@code GET /plugins/{id}}: calls since it started, failures,
 * timeouts, the last failure and call latency.
 *
 * @param available whether calls are accepted now (false once stopped)
 */
public record HealthView(long calls, long failures, long timeouts, double p50Millis, double p99Millis, int inFlight,
                         boolean available, Failure lastFailure) {

    /** One failed call. */
    public record Failure(Instant at, String operation, String kind, String message) {
    }

    static HealthView of(PluginHealth health) {
        PluginFailure last = health.lastFailure();
        return new HealthView(health.calls(), health.failures(), health.timeouts(), health.p50Millis(),
                health.p99Millis(), health.inFlight(), health.available(),
                last == null ? null : new Failure(last.at(), last.operation(), last.kind().name(), last.message()));
    }
}
