package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.visualization.ChartSpec;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationDescriptor;
import io.custodian.plugin.api.visualization.VisualizationRequest;

/** A plugin's visualization as the agent hands it out: every call goes through the plugin's gate. */
public final class GatedVisualization implements Visualization {

    private final Gated<Visualization> visualization;

    /** Wraps {@code visualization}. */
    public GatedVisualization(Gated<Visualization> visualization) {
        this.visualization = visualization;
    }

    @Override
    public VisualizationDescriptor describe() {
        return visualization.call("describe", Visualization::describe);
    }

    @Override
    public ChartSpec render(VisualizationRequest request) {
        return visualization.call("render", v -> v.render(request));
    }

    /** Does nothing: the loader started the extension when it loaded the plugin. */
    @Override
    public void start(PluginContext context) {
        // started by the loader
    }

    /** Does nothing: the loader stops the extension when it unloads the plugin. */
    @Override
    public void stop() {
        // stopped by the loader
    }

    @Override
    public String toString() {
        return "visualization of plugin " + visualization.gate().pluginId();
    }
}
