package io.custodian.datasources.internal.testing;

import io.custodian.platform.plugins.api.InstalledPlugin;
import io.custodian.platform.plugins.api.PluginRegistry;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A plugin registry whose running connectors a test adds and removes (a plugin started or stopped). */
public final class FakePluginRegistry implements PluginRegistry {

    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();

    /** A started plugin named {@code type} serving {@code connector}. */
    public FakePluginRegistry serve(String type, Connector connector) {
        connectors.put(type, connector);
        return this;
    }

    /** The plugin serving {@code type} stopped. */
    public void stop(String type) {
        connectors.remove(type);
    }

    @Override
    public List<Classifier> classifiers() {
        return List.of();
    }

    @Override
    public Optional<Connector> connector(String typeId) {
        return Optional.ofNullable(connectors.get(typeId));
    }

    @Override
    public List<Connector> connectors() {
        return List.copyOf(connectors.values());
    }

    @Override
    public List<Visualization> visualizations() {
        return List.of();
    }

    @Override
    public List<InstalledPlugin> installed() {
        return connectors.keySet().stream().map(id -> new InstalledPlugin(id, "1.0.0", "STARTED", Set.of(), Set.of(),
                "upload", null)).toList();
    }
}
