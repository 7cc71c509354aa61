package io.custodian.catalog.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One catalogued asset as it is now.
 *
 * @param id            stable surrogate id
 * @param sourceId      the data source it was found in
 * @param qualifiedName OpenLineage-style name, unique within the source
 * @param parentId      the enclosing asset, {@code null} for a source
 * @param type          what it is
 * @param name          its own name (the last part of the qualified name)
 * @param technical     technical metadata: for a column {@code dataType}, {@code nullable}, {@code defaultValue},
 *                      {@code comment}, {@code position}; for a table {@code rowCount}, {@code primaryKey},
 *                      {@code foreignKeys}, {@code comment}; for a view also {@code viewDefinition}
 * @param profile       the latest profile (column statistics: {@code nullShare}, {@code distinctCount},
 *                      {@code distinctApproximate}, {@code min}, {@code max}, {@code averageLength}; for a table
 *                      {@code rowCount}), empty when never profiled
 * @param changeToken   the connector's change token from the last scan that processed it, may be {@code null}
 * @param firstSeenRun  the scan run that first found it
 * @param lastSeenRun   the latest scan run that saw it
 * @param firstSeenAt   when it was first found
 * @param lastSeenAt    when it was last seen
 * @param removedAt     when a complete scan of its parent no longer found it (tombstone), {@code null} while live
 * @param updatedAt     when its stored description last changed
 */
public record Asset(long id, String sourceId, String qualifiedName, Long parentId, AssetType type, String name,
                    Map<String, Object> technical, Map<String, Object> profile, String changeToken,
                    String firstSeenRun, String lastSeenRun, Instant firstSeenAt, Instant lastSeenAt,
                    Instant removedAt, Instant updatedAt) {

    /** Rejects missing names and types; copies the maps. */
    public Asset {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        technical = technical == null ? Map.of() : Map.copyOf(technical);
        profile = profile == null ? Map.of() : Map.copyOf(profile);
    }

    /** Whether a complete scan no longer found it. */
    public boolean removed() {
        return removedAt != null;
    }
}
