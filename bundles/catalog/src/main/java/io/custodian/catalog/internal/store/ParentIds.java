package io.custodian.catalog.internal.store;

import io.custodian.catalog.internal.entity.AssetEntity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;

/**
 * The ids of parents by qualified name. A scan stores thousands of tables under the same few schemas; asking the
 * database for the schema's id each time would be one query per table. Caching is safe because asset rows are never
 * deleted and a qualified name never moves to another id (a vanished asset is tombstoned and restored in place).
 */
final class ParentIds {

    // Enough for every container of several large sources; cleared wholesale when full, which only costs lookups.
    private static final int MAX_ENTRIES = 20_000;

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /**
     * The id of the parent {@code parentQualifiedName} of {@code sourceId}, or null for no parent (a source).
     *
     * @throws IllegalArgumentException if no such parent is stored: a scan stores containers before what they hold
     */
    Long idOf(EntityManager em, String sourceId, String parentQualifiedName) {
        if (parentQualifiedName == null) {
            return null;
        }
        String key = sourceId + '\n' + parentQualifiedName;
        Long cached = ids.get(key);
        if (cached != null) {
            return cached;
        }
        AssetEntity parent = AssetQueries.byName(em, sourceId, parentQualifiedName);
        if (parent == null) {
            throw new IllegalArgumentException("The parent " + parentQualifiedName + " of source " + sourceId
                    + " is not in the catalog; store it first");
        }
        if (ids.size() >= MAX_ENTRIES) {
            ids.clear();
        }
        ids.put(key, parent.getId());
        return parent.getId();
    }

    /** Remembers the id of an asset just committed, which may be a parent of the next ones. */
    void remember(String sourceId, String qualifiedName, long id) {
        if (ids.size() >= MAX_ENTRIES) {
            ids.clear();
        }
        ids.put(sourceId + '\n' + qualifiedName, id);
    }
}
