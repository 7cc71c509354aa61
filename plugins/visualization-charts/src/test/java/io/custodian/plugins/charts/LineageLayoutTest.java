package io.custodian.plugins.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugins.charts.LineageLayout.Edge;
import io.custodian.plugins.charts.LineageLayout.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageLayoutTest {

    @Test
    void columnsFollowTheLongestUpstreamChain() {
        Map<String, Position> at = LineageLayout.layout(List.of(edge("a", "b"), edge("b", "c"), edge("a", "c"), edge("x", "c")));
        assertEquals(new Position(0, 0), at.get("a"));
        assertEquals(new Position(1, 0), at.get("b"));
        assertEquals(new Position(2, 0), at.get("c"));
        assertEquals(new Position(0, 1), at.get("x"));
        assertEquals(3, LineageLayout.columns(at));
        assertEquals(2, LineageLayout.rows(at));
    }

    @Test
    void cyclesAndSelfLoopsEndWithinTheAssetCount() {
        Map<String, Position> at = LineageLayout.layout(List.of(edge("a", "b"), edge("b", "a"), edge("c", "c")));
        assertEquals(3, at.size());
        at.values().forEach(p -> assertTrue(p.column() < 3, p.toString()));
    }

    @Test
    void aLongChainStaysLinear() {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            edges.add(edge("n" + (499 - i), "n" + (500 - i)));
        }
        Map<String, Position> at = LineageLayout.layout(edges);
        assertEquals(500, at.get("n500").column());
    }

    @Test
    void labelsAreTheEndOfTheQualifiedName() {
        assertEquals("sales.public.orders", LineageSubgraphChart.label("postgres://db:5432/sales.public.orders"));
        assertEquals("exports", LineageSubgraphChart.label("file:///data/exports/"));
        assertEquals("plain", LineageSubgraphChart.label("plain"));
    }

    private static Edge edge(String source, String target) {
        return new Edge(source, target, "job");
    }
}
