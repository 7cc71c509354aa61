package io.custodian.plugins.charts;

import io.custodian.plugin.api.visualization.VisualizationRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code classification-counts}: a horizontal bar per classification, longest first, from rows of
 * {@code classification} (text) and {@code count} (a non-negative number). Rows naming the same
 * classification are summed by Vega-Lite ({@code aggregate: sum}), so callers may pass counts per source.
 */
final class ClassificationCountsChart implements ChartRenderer {

    static final String TYPE = "classification-counts";

    @Override
    public String requestType() {
        return TYPE;
    }

    @Override
    public Map<String, Object> render(VisualizationRequest request) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < request.rows().size(); i++) {
            Map<String, Object> row = request.rows().get(i);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("classification", Rows.text(row, i, "classification"));
            value.put("count", Rows.count(row, i, "count"));
            values.add(value);
        }
        Map<String, Object> spec = ChartOptions.from(request.options(), "Classified columns")
                .specification("Number of columns per classification", null);
        spec.put("data", Map.of("values", values));
        spec.put("mark", ordered("type", "bar", "tooltip", true));
        spec.put("encoding", ordered(
                "y", ordered("field", "classification", "type", "nominal", "sort", "-x", "title", "Classification"),
                "x", ordered("aggregate", "sum", "field", "count", "type", "quantitative", "title", "Columns")));
        return spec;
    }

    /** A map with the given names and values, in that order. */
    static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
