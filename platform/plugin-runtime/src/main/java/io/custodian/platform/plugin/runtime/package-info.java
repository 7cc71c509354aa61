/**
 * Runs plugin code so that a plugin cannot break the kernel.
 *
 * <p>Each started plugin gets one {@link io.custodian.platform.plugin.runtime.PluginCallGuard}: its calls run
 * on the plugin's own small pool of threads with a time limit; whatever the plugin throws (exceptions and
 * errors alike), a hang, or a call made while the plugin is being stopped reaches the caller as a
 * {@link io.custodian.platform.plugin.runtime.PluginCallException} with a
 * {@link io.custodian.platform.plugin.runtime.FailureKind}, and is counted in the plugin's
 * {@link io.custodian.platform.plugin.runtime.PluginHealth}.
 *
 * <p>The host hands the rest of the platform only wrapped extensions
 * ({@link io.custodian.platform.plugin.runtime.GuardedClassifier},
 * {@link io.custodian.platform.plugin.runtime.GuardedConnector},
 * {@link io.custodian.platform.plugin.runtime.GuardedVisualization}), which route every call through the
 * guard, withhold what the plugin's scopes do not cover and check what the plugin returns. Plugins see the
 * platform only through a {@link io.custodian.platform.plugin.runtime.ScopedPluginContext}.
 *
 * <p>Plain Java: nothing here depends on OSGi or PF4J, so the server's plugin host and the PF4J loader of the
 * scanning agent share it.
 */
@Export
@Version("1.0.0")
package io.custodian.platform.plugin.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
