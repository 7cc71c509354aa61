package io.custodian.plugins.charts;

import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.util.Map;

/** Draws one request type as a Vega-Lite specification (a map {@link Json} writes). */
interface ChartRenderer {

    /** The request type this renderer draws. */
    String requestType();

    /**
     * The specification for {@code request}.
     *
     * @throws IllegalArgumentException naming the row and field when the rows do not fit the request type
     */
    Map<String, Object> render(VisualizationRequest request);
}
