package io.custodian.platform.plugins.api;

import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The extensions of the plugins that run now: plugins that are started and whose requested scopes an
 * administrator granted. Each call answers the current set, so callers should ask again rather than
 * keep extensions: a plugin may be stopped, upgraded or uninstalled at any time, after which its old
 * extensions fail every call with {@code PluginCallException} (kind {@code UNAVAILABLE}).
 *
 * <p>Extensions are guarded wrappers, never the plugin's own objects: each call runs with the plugin's
 * time limit on the plugin's threads, failures are counted in the plugin's health, and outputs are
 * checked (a classifier's suggestions, a chart specification). Thread-safe.
 */
@ProviderType
public interface PluginRegistry {

    /** Classifiers of every running plugin. */
    List<Classifier> classifiers();

    /**
     * The connector of a running plugin that serves source type {@code typeId} ({@code postgresql},
     * ...), if any. A connector is asked to connect only if its plugin was granted {@code network.connect}.
     */
    Optional<Connector> connector(String typeId);

    /**
     * The connectors of every running plugin, one per source type (what {@link #connector(String)} answers for each
     * type served now), so a client can list the types it may offer without knowing them in advance.
     *
     * @since 1.1
     */
    List<Connector> connectors();

    /** Visualizations of every running plugin. */
    List<Visualization> visualizations();

    /** Every installed plugin, running or not, by id. */
    List<InstalledPlugin> installed();
}
