package io.custodian.datasources.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a source a user sets, already checked.
 *
 * @param name        unique name
 * @param settings    non-secret settings as the connector gets them
 * @param owner       the user answerable for the source
 * @param tags        free tags
 * @param description free text
 */
public record SourceFields(String name, Map<String, String> settings, String owner, List<String> tags,
                           String description) {

    /** Rejects missing values; copies the collections. */
    public SourceFields {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        settings = Map.copyOf(settings);
        tags = List.copyOf(tags);
        description = description == null ? "" : description;
    }
}
