package io.custodian.plugin.api.classifier;

import java.util.List;
import java.util.Objects;

/**
 * How a classifier presents itself.
 *
 * @param id              unique within the plugin, for example {@code email}
 * @param displayName     shown to users
 * @param classifications the classification ids it may suggest, for example {@code ["PII.Email"]}
 */
public record ClassifierDescriptor(String id, String displayName, List<String> classifications) {

    /** Rejects missing fields; copies the list. */
    public ClassifierDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        classifications = List.copyOf(Objects.requireNonNull(classifications, "classifications"));
    }
}
