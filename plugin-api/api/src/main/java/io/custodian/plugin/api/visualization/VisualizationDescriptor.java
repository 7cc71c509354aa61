package io.custodian.plugin.api.visualization;

import java.util.Objects;
import java.util.Set;

/**
 * How a visualization presents itself.
 *
 * @param id           unique within the plugin
 * @param displayName  shown to users
 * @param requestTypes the request types it renders, for example {@code classification-counts}, {@code lineage-subgraph}
 */
public record VisualizationDescriptor(String id, String displayName, Set<String> requestTypes) {

    /** Rejects missing fields; copies the set. */
    public VisualizationDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        requestTypes = Set.copyOf(Objects.requireNonNull(requestTypes, "requestTypes"));
    }
}
