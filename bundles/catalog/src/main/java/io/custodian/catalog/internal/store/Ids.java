package io.custodian.catalog.internal.store;

import io.custodian.catalog.internal.entity.AssetEntity;
import java.util.Collection;
import javax.persistence.EntityManager;

/** Makes sure new entities have their ids before something refers to them. */
final class Ids {

    private Ids() {
    }

    /**
     * Flushes when one of {@code entities} has no id yet. OpenJPA 3.2 assigns sequence ids when an entity is
     * persisted, so this normally does nothing; it keeps the code correct should ids ever come at flush instead.
     */
    static void assign(EntityManager em, Collection<AssetEntity> entities) {
        for (AssetEntity entity : entities) {
            if (entity.getId() == null) {
                em.flush();
                return;
            }
        }
    }
}
