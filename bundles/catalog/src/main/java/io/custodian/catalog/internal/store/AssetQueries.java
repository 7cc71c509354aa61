package io.custodian.catalog.internal.store;

import io.custodian.catalog.internal.entity.AssetEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.persistence.EntityManager;

/** The lookups the writers share, each one indexed query. */
final class AssetQueries {

    /** Upper bound of an IN list: keeps statements well below every driver's parameter limit. */
    static final int IN_CHUNK = 500;

    private AssetQueries() {
    }

    /** The asset of a source with this qualified name, live or tombstoned, or null. */
    static AssetEntity byName(EntityManager em, String sourceId, String qualifiedName) {
        List<AssetEntity> found = em.createQuery("SELECT a FROM AssetEntity a WHERE a.qualifiedName = :name "
                        + "AND a.sourceId = :source", AssetEntity.class)
                .setParameter("name", qualifiedName).setParameter("source", sourceId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every direct child of an asset, live or tombstoned. */
    static List<AssetEntity> children(EntityManager em, long parentId) {
        return em.createQuery("SELECT a FROM AssetEntity a WHERE a.parentId = :parent", AssetEntity.class)
                .setParameter("parent", parentId).getResultList();
    }

    /** Runs {@code work} once per slice of at most {@value #IN_CHUNK} values. */
    static <T> void inChunks(Collection<T> values, Consumer<List<T>> work) {
        List<T> chunk = new ArrayList<>(Math.min(values.size(), IN_CHUNK));
        for (T value : values) {
            chunk.add(value);
            if (chunk.size() == IN_CHUNK) {
                work.accept(chunk);
                chunk = new ArrayList<>(IN_CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            work.accept(chunk);
        }
    }
}
