package io.custodian.plugins.charts;

import io.custodian.plugin.api.visualization.ChartSpec;
import io.custodian.plugin.api.visualization.Visualization;
import io.custodian.plugin.api.visualization.VisualizationDescriptor;
import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in charts (plugin {@code charts}): {@code classification-counts} as a bar chart and
 * {@code lineage-subgraph} as a node-link drawing, both Vega-Lite v5 specifications. Stateless and
 * thread-safe; the same request always gives the same text.
 */
public final class ChartsVisualization implements Visualization {

    private final Map<String, ChartRenderer> renderers = new LinkedHashMap<>();
    private final VisualizationDescriptor descriptor;

    /** The visualization, as the host instantiates it. */
    public ChartsVisualization() {
        for (ChartRenderer renderer : List.of(new ClassificationCountsChart(), new LineageSubgraphChart())) {
            renderers.put(renderer.requestType(), renderer);
        }
        descriptor = new VisualizationDescriptor("charts", "Charts", renderers.keySet());
    }

    @Override
    public VisualizationDescriptor describe() {
        return descriptor;
    }

    /**
     * @throws IllegalArgumentException for a request type this plugin does not draw, or rows that do not fit it
     */
    @Override
    public ChartSpec render(VisualizationRequest request) {
        Objects.requireNonNull(request, "request");
        ChartRenderer renderer = renderers.get(request.type());
        if (renderer == null) {
            throw new IllegalArgumentException("the charts plugin cannot draw \"" + ChartOptions.abbreviate(request.type())
                    + "\"; it draws " + String.join(", ", renderers.keySet()));
        }
        return new ChartSpec(Json.write(renderer.render(request)));
    }
}
