package io.custodian.plugin.api.visualization;

import io.custodian.plugin.api.PluginExtension;

/** Renders one or more request types as chart specifications. Thread-safe, no I/O. */
public interface Visualization extends PluginExtension {

    /** What this visualization can render. Must be cheap. */
    VisualizationDescriptor describe();

    /**
     * A chart for {@code request}, whose {@link VisualizationRequest#type()} is one of
     * {@link VisualizationDescriptor#requestTypes()}.
     */
    ChartSpec render(VisualizationRequest request);
}
