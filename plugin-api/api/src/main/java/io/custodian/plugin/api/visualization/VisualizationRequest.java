package io.custodian.plugin.api.visualization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Data to draw. Rows are flat records; what their fields are depends on the type:
 * <ul>
 *   <li>{@code classification-counts}: {@code classification} (text), {@code count} (number)</li>
 *   <li>{@code lineage-subgraph}: {@code source}, {@code target} (qualified names), {@code kind}</li>
 * </ul>
 *
 * @param type    the request type
 * @param rows    the data, values are strings, numbers or booleans
 * @param options presentation hints (title, width, height...), never null
 */
public record VisualizationRequest(String type, List<Map<String, Object>> rows, Map<String, String> options) {

    /** Rejects a missing type; copies rows (keeping their field order) and options. */
    public VisualizationRequest {
        Objects.requireNonNull(type, "type");
        List<Map<String, Object>> copied = new ArrayList<>();
        for (Map<String, Object> row : Objects.requireNonNull(rows, "rows")) {
            copied.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        options = Map.copyOf(options == null ? Map.of() : options);
    }
}
