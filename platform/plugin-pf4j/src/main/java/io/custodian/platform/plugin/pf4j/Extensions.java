package io.custodian.platform.plugin.pf4j;

import io.custodian.platform.plugin.pf4j.internal.Gated;
import io.custodian.platform.plugin.pf4j.internal.GatedClassifier;
import io.custodian.platform.plugin.pf4j.internal.GatedConnector;
import io.custodian.platform.plugin.pf4j.internal.GatedVisualization;
import io.custodian.platform.plugin.pf4j.internal.PluginGate;
import io.custodian.platform.plugin.pf4j.internal.PluginJarRefusal;
import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The extensions of one loaded plugin: the plugin's own objects (to start and stop) and the gated ones handed out. */
final class Extensions {

    private static final Logger LOG = LoggerFactory.getLogger(Extensions.class);

    private final PluginGate gate;
    private volatile ClassLoader classLoader;
    private final List<PluginExtension> created = new ArrayList<>();
    private final List<PluginExtension> started = new ArrayList<>();
    private final List<Gated<?>> handles = new ArrayList<>();
    private final List<Connector> connectors = new ArrayList<>();
    private final List<Classifier> classifiers = new ArrayList<>();
    private final List<Visualization> visualizations = new ArrayList<>();

    Extensions(PluginGate gate, ClassLoader classLoader) {
        this.gate = gate;
        this.classLoader = classLoader;
    }

    /** Adds {@code extension} (created from the plugin's class loader) of kind {@code kind}. */
    void add(PluginKind kind, PluginExtension extension) {
        created.add(extension);
        switch (kind) {
            case CONNECTOR -> connectors.add(new GatedConnector(handle((Connector) extension)));
            case CLASSIFIER -> classifiers.add(new GatedClassifier(handle((Classifier) extension)));
            case VISUALIZATION -> visualizations.add(new GatedVisualization(handle((Visualization) extension)));
        }
    }

    private <T> Gated<T> handle(T extension) {
        Gated<T> handle = new Gated<>(gate, extension);
        handles.add(handle);
        return handle;
    }

    /** Starts every extension with {@code context}, in the order added; on a failure stops those already started. */
    void startAll(PluginContext context) throws PluginJarRefusal {
        for (PluginExtension extension : created) {
            try {
                gate.run("start", () -> extension.start(context));
            } catch (RuntimeException e) {
                stopAll();
                throw new PluginJarRefusal(extension.getClass().getName() + " failed to start: " + e.getMessage(), e);
            }
            started.add(extension);
        }
    }

    /** Stops the started extensions (newest first), then closes the gate so later calls fail. Never throws. */
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            PluginExtension extension = started.get(i);
            try {
                gate.run("stop", extension::stop);
            } catch (RuntimeException e) {
                // Why only logged: unloading must go on; a plugin that cannot stop cleanly is being removed anyway.
                LOG.warn("Extension {} of plugin {} failed to stop", extension.getClass().getName(), gate.pluginId(), e);
            }
        }
        started.clear();
        created.clear();
        gate.close();
        handles.forEach(Gated::clear);
        classLoader = null;
    }

    boolean isLoaded() {
        return gate.isOpen();
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    List<Connector> connectors() {
        return Collections.unmodifiableList(connectors);
    }

    List<Classifier> classifiers() {
        return Collections.unmodifiableList(classifiers);
    }

    List<Visualization> visualizations() {
        return Collections.unmodifiableList(visualizations);
    }
}
