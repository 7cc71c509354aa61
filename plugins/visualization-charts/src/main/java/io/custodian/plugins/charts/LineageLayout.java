package io.custodian.plugins.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered left-to-right layout of a lineage graph: each asset's column is the length of the longest
 * chain of edges leading to it (sources on the left), its row the order in which it first appears in the
 * edges within that column. Cycles (which lineage should not have, but data may) cannot push an asset past
 * the last column: the relaxation stops after as many rounds as there are assets, so the layout always ends.
 */
final class LineageLayout {

    /** An asset's place: {@code column} from 0 left to right, {@code row} from 0 top to bottom. */
    record Position(int column, int row) {
    }

    /** An edge between two assets. */
    record Edge(String source, String target, String kind) {
    }

    private LineageLayout() {
    }

    /** Positions of every asset named in {@code edges}, in first-appearance order. */
    static Map<String, Position> layout(List<Edge> edges) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (Edge edge : edges) {
            column.putIfAbsent(edge.source(), 0);
            column.putIfAbsent(edge.target(), 0);
        }
        int assets = column.size();
        boolean changed = true;
        for (int round = 0; changed && round < assets; round++) {
            changed = false;
            for (Edge edge : edges) {
                int candidate = column.get(edge.source()) + 1;
                if (!edge.source().equals(edge.target()) && candidate < assets && candidate > column.get(edge.target())) {
                    column.put(edge.target(), candidate);
                    changed = true;
                }
            }
        }
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> asset : column.entrySet()) {
            int row = rowsUsed.merge(asset.getValue(), 1, Integer::sum) - 1;
            positions.put(asset.getKey(), new Position(asset.getValue(), row));
        }
        return positions;
    }

    /** Distinct columns used, at least 1. */
    static int columns(Map<String, Position> positions) {
        return positions.values().stream().mapToInt(Position::column).max().orElse(0) + 1;
    }

    /** Rows of the fullest column, at least 1. */
    static int rows(Map<String, Position> positions) {
        return positions.values().stream().mapToInt(Position::row).max().orElse(0) + 1;
    }

    /** Assets in first-appearance order. */
    static List<String> assets(Map<String, Position> positions) {
        return new ArrayList<>(positions.keySet());
    }
}
