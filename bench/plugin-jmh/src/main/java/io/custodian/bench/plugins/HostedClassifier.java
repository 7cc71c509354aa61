package io.custodian.bench.plugins;

import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.platform.plugin.runtime.CallLimits;
import io.custodian.platform.plugin.runtime.GuardedClassifier;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.platform.plugin.runtime.ScopeDenialListener;
import java.time.Clock;
import java.util.Set;

/**
 * One classifier twice: as the plugin's own object ({@link #direct}) and as the plugin host's registry hands it to
 * the rest of the platform ({@link #guarded}). The guard is built the way the host builds one for a started
 * plugin: the host's default call limits (10 s, 4 workers), the plugin's class loader as the workers' context
 * loader, and a listener for scope denials (none happen here).
 *
 * @param direct  the plugin's classifier, called on the caller's thread
 * @param guarded the same classifier through {@link GuardedClassifier} and the plugin's {@link PluginCallGuard}
 * @param guard   the plugin's guard, for its health and to close it
 */
record HostedClassifier(Classifier direct, GuardedClassifier guarded, PluginCallGuard guard) implements AutoCloseable {

    static HostedClassifier of(String pluginId, Classifier classifier, Set<Scope> granted) {
        PluginCallGuard guard = new PluginCallGuard(pluginId, CallLimits.defaults(), Clock.systemUTC(),
                classifier.getClass().getClassLoader(), ScopeDenialListener.none());
        return new HostedClassifier(classifier, GuardedClassifier.wrap(classifier, guard, granted), guard);
    }

    /**
     * Closes the guard. Fails if any guarded call failed or had its answer trimmed: the figures would then time
     * a refusal, not a call.
     */
    @Override
    public void close() {
        long failures = guard.health().failures();
        guard.close();
        if (failures > 0) {
            throw new IllegalStateException(failures + " guarded call(s) of " + guard.pluginId()
                    + " failed; last: " + guard.health().lastFailure());
        }
    }
}
