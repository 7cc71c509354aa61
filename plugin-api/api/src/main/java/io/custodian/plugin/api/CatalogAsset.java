package io.custodian.plugin.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catalog asset as a plugin sees it.
 *
 * @param qualifiedName the asset's stable name (OpenLineage naming convention)
 * @param kind          source, database, schema, table, view, file or column
 * @param properties    technical metadata (for a column: type, nullable...), never null
 * @param tags          tags and approved classifications, never null
 */
public record CatalogAsset(String qualifiedName, String kind, Map<String, String> properties, List<String> tags) {

    /** Copies the collections; rejects a missing name or kind. */
    public CatalogAsset {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
