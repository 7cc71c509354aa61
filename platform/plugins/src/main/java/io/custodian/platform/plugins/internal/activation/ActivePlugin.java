package io.custodian.platform.plugins.internal.activation;

import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plugin whose extensions are in use: its guard, the raw extensions (to stop them) and the guarded
 * wrappers the platform is given. Immutable; replaced as a whole on every change.
 *
 * @param connectors guarded connectors by the source type id they serve
 */
record ActivePlugin(String id, String version, Set<Scope> granted, PluginCallGuard guard,
                    List<PluginExtension> started, List<Classifier> classifiers, Map<String, Connector> connectors,
                    List<Visualization> visualizations) {

    ActivePlugin {
        granted = Set.copyOf(granted);
        started = List.copyOf(started);
        classifiers = List.copyOf(classifiers);
        connectors = Map.copyOf(connectors);
        visualizations = List.copyOf(visualizations);
    }

    /** Whether this activation still matches what should run. */
    boolean runs(String wantedVersion, Set<Scope> wantedGrants) {
        return version.equals(wantedVersion) && granted.equals(wantedGrants);
    }
}
