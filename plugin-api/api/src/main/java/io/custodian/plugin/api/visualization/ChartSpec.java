package io.custodian.plugin.api.visualization;

import java.util.Objects;

/**
 * A chart as a Vega-Lite specification.
 *
 * @param vegaLite the specification as JSON text (an object with a {@code $schema} naming Vega-Lite v5);
 *                 the host checks that it parses before handing it to the console
 */
public record ChartSpec(String vegaLite) {

    /** Rejects a missing or blank specification. */
    public ChartSpec {
        if (Objects.requireNonNull(vegaLite, "vegaLite").isBlank()) {
            throw new IllegalArgumentException("a chart specification is not empty");
        }
    }
}
