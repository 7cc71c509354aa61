package io.custodian.platform.plugins.internal;

import io.custodian.platform.plugins.api.InstalledPlugin;
import io.custodian.platform.plugins.api.PluginRegistry;
import io.custodian.platform.plugins.internal.activation.PluginActivations;
import io.custodian.platform.plugins.internal.store.PluginStore;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.List;
import java.util.Optional;

/** The {@link PluginRegistry}: the guarded extensions of the active plugins and the store's records. */
public final class HostRegistry implements PluginRegistry {

    private final PluginStore store;
    private final PluginActivations activations;

    public HostRegistry(PluginStore store, PluginActivations activations) {
        this.store = store;
        this.activations = activations;
    }

    @Override
    public List<Classifier> classifiers() {
        return activations.classifiers();
    }

    @Override
    public Optional<Connector> connector(String typeId) {
        return activations.connector(typeId);
    }

    @Override
    public List<Connector> connectors() {
        return activations.connectors();
    }

    @Override
    public List<Visualization> visualizations() {
        return activations.visualizations();
    }

    @Override
    public List<InstalledPlugin> installed() {
        return store.list().stream().map(p -> new InstalledPlugin(p.id(), p.version(), p.state().name(),
                p.requested(), p.granted(), p.source(), p.previousVersion())).toList();
    }
}
