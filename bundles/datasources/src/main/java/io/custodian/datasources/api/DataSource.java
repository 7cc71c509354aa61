package io.custodian.datasources.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A registered data source, without its secrets.
 *
 * @param id          stable id
 * @param name        unique display name
 * @param type        the connector type that serves it ({@code postgresql}, {@code mariadb}, {@code h2}, {@code files})
 * @param settings    the non-secret connection settings
 * @param secretNames the secret settings that are set (stored encrypted or referenced), never their values
 * @param owner       the user answerable for it
 * @param tags        free tags
 * @param description free text, may be empty
 * @param health      the latest health check
 * @param createdAt   when it was registered
 * @param updatedAt   when its settings last changed
 */
public record DataSource(long id, String name, String type, Map<String, String> settings, Set<String> secretNames,
                         String owner, List<String> tags, String description, SourceHealth health,
                         Instant createdAt, Instant updatedAt) {

    /** Rejects a missing name or type; copies the collections. */
    public DataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        secretNames = Set.copyOf(secretNames == null ? Set.of() : secretNames);
        tags = List.copyOf(tags == null ? List.of() : tags);
        description = description == null ? "" : description;
        health = health == null ? SourceHealth.UNKNOWN : health;
    }
}
