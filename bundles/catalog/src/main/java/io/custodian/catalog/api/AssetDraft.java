package io.custodian.catalog.api;

import java.util.Map;
import java.util.Objects;

/**
 * An asset as a scan found it, before it is stored.
 *
 * @param sourceId            the data source
 * @param qualifiedName       its qualified name
 * @param parentQualifiedName the enclosing asset's qualified name, {@code null} for a source
 * @param type                what it is
 * @param name                its own name
 * @param technical           technical metadata (see {@link Asset#technical()}); values are strings, numbers,
 *                            booleans, lists and maps of those
 * @param changeToken         the connector's change token, may be {@code null}
 */
public record AssetDraft(String sourceId, String qualifiedName, String parentQualifiedName, AssetType type, String name,
                         Map<String, Object> technical, String changeToken) {

    /** Rejects missing names and types; copies the map. */
    public AssetDraft {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        technical = technical == null ? Map.of() : Map.copyOf(technical);
    }
}
