package io.custodian.plugins.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.plugin.api.visualization.VisualizationRequest;
import io.custodian.plugin.testkit.JsonText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsVisualizationTest {

    private final ChartsVisualization charts = new ChartsVisualization();

    @Test
    void classificationCountsAreAHorizontalBarChartOfSums() {
        Map<String, Object> spec = render("classification-counts", List.of(
                row("classification", "PII.Email", "count", 42), row("classification", "PII.Email", "count", "8"),
                row("classification", "Financial.IBAN", "count", 3.0)), Map.of("title", "Sales DB", "width", "600"));
        assertEquals("https://vega.github.io/schema/vega-lite/v5.json", spec.get("$schema"));
        assertEquals("Sales DB", spec.get("title"));
        assertEquals(new BigDecimal("600"), spec.get("width"));
        assertEquals(Map.of("type", "bar", "tooltip", true), spec.get("mark"));
        Map<?, ?> x = (Map<?, ?>) ((Map<?, ?>) spec.get("encoding")).get("x");
        assertEquals("sum", x.get("aggregate"));
        List<?> values = (List<?>) ((Map<?, ?>) spec.get("data")).get("values");
        assertEquals(Map.of("classification", "PII.Email", "count", new BigDecimal("8")), values.get(1));
    }

    @Test
    void lineageIsLaidOutUpstreamLeftWithOneLayerEachForEdgesNodesAndLabels() {
        Map<String, Object> spec = render("lineage-subgraph", List.of(
                row("source", "pg://db/sales.public.orders", "target", "pg://db/sales.public.totals", "kind", "view"),
                row("source", "pg://db/sales.public.totals", "target", "file:///exports/totals.csv", "kind", "job")), Map.of());
        List<?> layers = (List<?>) spec.get("layer");
        assertEquals(3, layers.size());
        List<?> nodes = (List<?>) ((Map<?, ?>) ((Map<?, ?>) layers.get(1)).get("data")).get("values");
        assertEquals(List.of("sales.public.orders", "sales.public.totals", "totals.csv"),
                nodes.stream().map(n -> ((Map<?, ?>) n).get("label")).toList());
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("2")),
                nodes.stream().map(n -> ((Map<?, ?>) n).get("x")).toList());
        assertEquals("Lineage", spec.get("title"));
    }

    @Test
    void moreEdgesThanDrawnAreAnnouncedInTheSubtitle() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < LineageSubgraphChart.MAX_EDGES + 5; i++) {
            rows.add(row("source", "a" + i, "target", "b" + i, "kind", "job"));
        }
        Map<String, Object> spec = render("lineage-subgraph", rows, Map.of());
        assertEquals(Map.of("text", "Lineage", "subtitle", "showing the first 2000 of 2005 edges"), spec.get("title"));
        List<?> edges = (List<?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) spec.get("layer")).get(0)).get("data")).get("values");
        assertEquals(LineageSubgraphChart.MAX_EDGES, edges.size());
    }

    /**
     * Writes a few renderings to target/chart-samples so they can be checked with Vega-Lite's own compiler;
     * here each must at least be a JSON object naming the v5 schema.
     */
    @Test
    void sampleRenderingsAreWrittenForTheVegaLiteCompiler() throws IOException {
        Map<String, VisualizationRequest> requests = new LinkedHashMap<>();
        requests.put("counts", new VisualizationRequest("classification-counts", List.of(row("classification", "PII.Email", "count", 4),
                row("classification", "Financial.IBAN", "count", 2)), Map.of("title", "t", "width", "300", "height", "200")));
        requests.put("counts-empty", new VisualizationRequest("classification-counts", List.of(), Map.of()));
        requests.put("lineage", new VisualizationRequest("lineage-subgraph", List.of(row("source", "a", "target", "b", "kind", "view"),
                row("source", "b", "target", "a", "kind", "view"), row("source", "c", "target", "c")), Map.of("height", "400")));
        requests.put("lineage-chain", new VisualizationRequest("lineage-subgraph", List.of(
                row("source", "pg://db/sales.public.orders", "target", "pg://db/sales.public.order_totals", "kind", "view"),
                row("source", "pg://db/sales.public.customers", "target", "pg://db/sales.public.order_totals", "kind", "view"),
                row("source", "pg://db/sales.public.order_totals", "target", "file:///exports/totals.csv", "kind", "job")), Map.of()));
        requests.put("lineage-empty", new VisualizationRequest("lineage-subgraph", List.of(), Map.of("title", "<script>alert(1)</script>")));
        Path folder = Files.createDirectories(Path.of("target", "chart-samples"));
        for (Map.Entry<String, VisualizationRequest> request : requests.entrySet()) {
            String spec = charts.render(request.getValue()).vegaLite();
            assertEquals("https://vega.github.io/schema/vega-lite/v5.json", JsonText.parseObject(spec).get("$schema"));
            Files.writeString(folder.resolve(request.getKey() + ".vl.json"), spec);
        }
    }

    @Test
    void rowsThatDoNotFitAreRefusedWithTheRowAndField() {
        assertEquals("row 2 has no \"classification\"", refused("classification-counts",
                List.of(row("classification", "A", "count", 1), row("count", 2))));
        assertEquals("row 1: \"count\" is not a number: \"many\"", refused("classification-counts",
                List.of(row("classification", "A", "count", "many"))));
        assertEquals("row 1: \"count\" is negative: -1", refused("classification-counts",
                List.of(row("classification", "A", "count", -1))));
        assertEquals("row 1 has no \"target\"", refused("lineage-subgraph", List.of(row("source", "a", "target", " "))));
    }

    @Test
    void badSizesAndUnknownTypesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> charts.render(
                new VisualizationRequest("classification-counts", List.of(), Map.of("width", "huge"))));
        assertEquals("option width must be a whole number of pixels from 50 to 4000, not \"huge\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> charts.render(new VisualizationRequest("pie", List.of(), Map.of())));
        assertEquals("the charts plugin cannot draw \"pie\"; it draws classification-counts, lineage-subgraph", e.getMessage());
    }

    private String refused(String type, List<Map<String, Object>> rows) {
        return assertThrows(IllegalArgumentException.class, () -> charts.render(new VisualizationRequest(type, rows, Map.of()))).getMessage();
    }

    private Map<String, Object> render(String type, List<Map<String, Object>> rows, Map<String, String> options) {
        return JsonText.parseObject(charts.render(new VisualizationRequest(type, rows, options)).vegaLite());
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
