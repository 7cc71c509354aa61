package io.custodian.datasources.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source to register.
 *
 * @param name        unique display name
 * @param type        connector type id
 * @param settings    non-secret settings
 * @param secrets     secret settings (the connector schema's {@code writeOnly} properties), stored encrypted
 * @param owner       the user answerable for it
 * @param tags        free tags
 * @param description free text
 */
public record NewDataSource(String name, String type, Map<String, String> settings, Map<String, String> secrets,
                            String owner, List<String> tags, String description) {

    /** Rejects a missing name or type; copies the collections. */
    public NewDataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        secrets = Map.copyOf(secrets == null ? Map.of() : secrets);
        tags = List.copyOf(tags == null ? List.of() : tags);
        description = description == null ? "" : description;
    }

    /** Names the secret settings only. */
    @Override
    public String toString() {
        return "NewDataSource[name=" + name + ", type=" + type + ", settings=" + settings + ", secrets=" + secrets.keySet()
                + ", owner=" + owner + ", tags=" + tags + "]";
    }
}
