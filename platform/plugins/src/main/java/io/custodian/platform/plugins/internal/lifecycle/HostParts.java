package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugin.packaging.PluginVerifier;
import io.custodian.platform.plugins.internal.activation.PluginActivations;
import io.custodian.platform.plugins.internal.files.PluginFiles;
import io.custodian.platform.plugins.internal.store.PluginStore;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the lifecycle, the deploy/ pickup and the reconciliation share. Changes of one plugin are
 * serialised with {@link #lock}: a REST call, a shell command and the deploy/ pickup may act on the
 * same plugin at once.
 *
 * @param verifier the verifier for the current configuration (trusted publishers, size limit)
 */
public record HostParts(PluginStore store, PluginFiles files, BundleOperations bundles, PluginActivations activations,
                        PluginAudit audit, Supplier<PluginVerifier> verifier, Clock clock,
                        Map<String, Object> locks) {

    public HostParts(PluginStore store, PluginFiles files, BundleOperations bundles, PluginActivations activations,
                     PluginAudit audit, Supplier<PluginVerifier> verifier, Clock clock) {
        this(store, files, bundles, activations, audit, verifier, clock, new ConcurrentHashMap<>());
    }

    /** The lock of plugin {@code id}'s record and bundle. */
    public Object lock(String id) {
        return locks.computeIfAbsent(id, key -> new Object());
    }
}
