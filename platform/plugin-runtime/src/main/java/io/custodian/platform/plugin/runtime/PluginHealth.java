package io.custodian.platform.plugin.runtime;

import java.util.Objects;

/**
 * How a plugin's calls have been going since its guard was created.
 *
 * @param pluginId    the plugin's id
 * @param calls       calls made through the guard, refused ones included
 * @param failures    calls that failed, of any {@link FailureKind} (timeouts included), plus outputs found invalid
 * @param timeouts    calls that timed out (also counted in {@code failures})
 * @param lastFailure the most recent failure, or {@code null} if none
 * @param p50Millis   median latency of the recent calls, as the caller experienced it; 0 before the first call
 * @param p99Millis   99th percentile latency of the recent calls; 0 before the first call
 * @param inFlight    calls running in plugin code right now, including ones whose caller gave up (stuck calls)
 * @param available   whether the guard accepts calls: not closed, and not every worker stuck in an abandoned call
 */
public record PluginHealth(String pluginId, long calls, long failures, long timeouts, PluginFailure lastFailure,
                           double p50Millis, double p99Millis, int inFlight, boolean available) {

    /** Rejects a missing plugin id. */
    public PluginHealth {
        Objects.requireNonNull(pluginId, "pluginId");
    }
}
