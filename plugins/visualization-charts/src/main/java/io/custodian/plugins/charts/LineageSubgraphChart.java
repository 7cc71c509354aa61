package io.custodian.plugins.charts;

import static io.custodian.plugins.charts.ClassificationCountsChart.ordered;

import io.custodian.plugin.api.visualization.VisualizationRequest;
import io.custodian.plugins.charts.LineageLayout.Edge;
import io.custodian.plugins.charts.LineageLayout.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code lineage-subgraph}: a node-link drawing of rows {@code source}, {@code target} (qualified names) and
 * {@code kind}, as a Vega-Lite layered chart: one layer of rules for the edges (coloured by kind), one of
 * circles for the assets and one of labels (the part of the name after the last {@code /}). Positions come
 * from {@link LineageLayout}; Vega-Lite has no graph layout of its own. Axes are hidden because the
 * coordinates mean nothing beyond "upstream is left". At most {@value #MAX_EDGES} edges are drawn; the
 * subtitle says when more were given.
 */
final class LineageSubgraphChart implements ChartRenderer {

    static final String TYPE = "lineage-subgraph";
    static final int MAX_EDGES = 2000;

    @Override
    public String requestType() {
        return TYPE;
    }

    @Override
    public Map<String, Object> render(VisualizationRequest request) {
        List<Edge> edges = new ArrayList<>();
        int total = request.rows().size();
        for (int i = 0; i < Math.min(total, MAX_EDGES); i++) {
            Map<String, Object> row = request.rows().get(i);
            Object kind = row.get("kind");
            edges.add(new Edge(Rows.text(row, i, "source"), Rows.text(row, i, "target"), kind == null ? "lineage" : String.valueOf(kind)));
        }
        Map<String, Position> positions = LineageLayout.layout(edges);

        List<Object> edgeValues = new ArrayList<>();
        for (Edge edge : edges) {
            Position from = positions.get(edge.source());
            Position to = positions.get(edge.target());
            edgeValues.add(ordered("source", edge.source(), "target", edge.target(), "kind", edge.kind(),
                    "x", from.column(), "y", from.row(), "x2", to.column(), "y2", to.row()));
        }
        List<Object> nodeValues = new ArrayList<>();
        for (String asset : LineageLayout.assets(positions)) {
            Position at = positions.get(asset);
            nodeValues.add(ordered("name", asset, "label", label(asset), "x", at.column(), "y", at.row()));
        }

        String subtitle = total > MAX_EDGES ? "showing the first " + MAX_EDGES + " of " + total + " edges" : null;
        Map<String, Object> spec = ChartOptions.from(request.options(), "Lineage")
                .specification("Lineage between assets, upstream on the left", subtitle);
        Map<String, Object> x = ordered("field", "x", "type", "quantitative", "axis", null,
                "scale", ordered("domain", List.of(-0.5, LineageLayout.columns(positions) - 0.5)));
        Map<String, Object> y = ordered("field", "y", "type", "quantitative", "axis", null,
                "scale", ordered("domain", List.of(-0.5, LineageLayout.rows(positions) - 0.5), "reverse", true));
        spec.put("layer", List.of(
                ordered("data", Map.of("values", edgeValues),
                        "mark", ordered("type", "rule", "strokeWidth", 1.5),
                        "encoding", ordered("x", x, "y", y, "x2", Map.of("field", "x2"), "y2", Map.of("field", "y2"),
                                "color", ordered("field", "kind", "type", "nominal", "title", "Edge kind"),
                                "tooltip", List.of(tooltip("source", "From"), tooltip("target", "To"), tooltip("kind", "Kind")))),
                ordered("data", Map.of("values", nodeValues),
                        "mark", ordered("type", "circle", "size", 160, "opacity", 1, "color", "#4c78a8"),
                        "encoding", ordered("x", x, "y", y, "tooltip", List.of(tooltip("name", "Asset")))),
                ordered("data", Map.of("values", nodeValues),
                        "mark", ordered("type", "text", "dy", -14, "fontSize", 11),
                        "encoding", ordered("x", x, "y", y, "text", ordered("field", "label", "type", "nominal")))));
        // Room for the labels unless the caller chose a size: about 180 px per column, 60 px per row.
        spec.putIfAbsent("width", Math.min(ChartOptions.MAX_SIZE, Math.max(200, 180 * LineageLayout.columns(positions))));
        spec.putIfAbsent("height", Math.min(ChartOptions.MAX_SIZE, Math.max(120, 60 * LineageLayout.rows(positions))));
        // No frame around the drawing: without axes it would only box in empty space.
        spec.put("config", Map.of("view", ordered("stroke", null)));
        return spec;
    }

    /** The readable end of a qualified name: what follows the last slash, or the whole name. */
    static String label(String qualifiedName) {
        String trimmed = qualifiedName.endsWith("/") ? qualifiedName.substring(0, qualifiedName.length() - 1) : qualifiedName;
        int slash = trimmed.lastIndexOf('/');
        String label = slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
        return label.isEmpty() ? qualifiedName : label;
    }

    private static Map<String, Object> tooltip(String field, String title) {
        return ordered("field", field, "type", "nominal", "title", title);
    }
}
