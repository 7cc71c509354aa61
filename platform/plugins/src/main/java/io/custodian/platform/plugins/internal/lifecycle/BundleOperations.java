package io.custodian.platform.plugins.internal.lifecycle;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What the lifecycle asks of the OSGi framework, one bundle per plugin id. In Karaf the bundle of
 * a plugin the host installed has location {@code custodian-plugin:<id>}; a plugin dropped into
 * deploy/ keeps the bundle Karaf's fileinstall made. Starting a bundle makes its extensions
 * available to {@link io.custodian.platform.plugins.internal.activation.PluginActivations} (the
 * bundle tracker reports it); stopping it withdraws them.
 *
 * <p>Every method throws {@link BundleOperationException} with a sentence naming the plugin when
 * the framework refuses.
 */
public interface BundleOperations {

    /** Installs the jar as the plugin's bundle, not started. */
    void install(String pluginId, Path jar);

    /**
     * Replaces the content of the plugin's (stopped) bundle with the jar and refreshes it, returning
     * once the framework has finished; the bundle is left stopped.
     */
    void update(String pluginId, Path jar);

    /** Starts the plugin's bundle (persistently: it starts again after a restart). Nothing if it runs. */
    void start(String pluginId);

    /** Stops the plugin's bundle (persistently). Nothing if it is not running or not installed. */
    void stop(String pluginId);

    /**
     * Uninstalls the plugin's bundle and refreshes the framework; for a plugin from deploy/ the file
     * there is deleted too, so Karaf does not install it again. Nothing if there is no bundle.
     */
    void uninstall(String pluginId);

    /** The plugin's bundle, if one is installed. */
    Optional<BundleStatus> status(String pluginId);

    /** Ids of every plugin bundle the host installed ({@code custodian-plugin:} locations). */
    Set<String> hostInstalled();

    /**
     * A plugin's bundle as the framework has it.
     *
     * @param version the plugin version in the bundle's manifest
     * @param active  whether the bundle is started
     */
    record BundleStatus(String version, boolean active) {
    }
}
