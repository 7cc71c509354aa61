package io.custodian.platform.plugins.internal.store;

import io.custodian.platform.plugins.internal.entity.PluginInstallationEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.persistence.EntityManagerFactory;
import io.custodian.plugin.api.Scope;

/** Installed plugins in the kernel database (persistence unit {@value #PERSISTENCE_UNIT}). */
public final class PluginStore {

    /** Migration folder, {@code db/migration/plugins}. */
    public static final String UNIT = "plugins";
    /** Persistence unit name. */
    public static final String PERSISTENCE_UNIT = "custodian-plugins";

    private final EntityManagerFactory emf;

    /** A store on an already migrated database. */
    public PluginStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public Optional<StoredPlugin> find(String id) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(PluginInstallationEntity.class, id))
                .map(StoredPlugin::of));
    }

    /** Every installed plugin, by id. */
    public List<StoredPlugin> list() {
        return Transactions.read(emf, em -> em.createQuery("SELECT p FROM PluginInstallationEntity p ORDER BY p.id",
                PluginInstallationEntity.class).getResultList().stream().map(StoredPlugin::of).toList());
    }

    /** Records a newly installed plugin. */
    public StoredPlugin insert(String id, ReleaseFacts facts, PluginState state, Set<Scope> granted, String source,
                               String installedBy, Instant now) {
        return Transactions.inTransaction(emf, em -> {
            PluginInstallationEntity entity = new PluginInstallationEntity(id, state.name(), source, installedBy, now);
            describe(entity, facts);
            entity.setGrantedScopes(IdList.scopes(granted));
            em.persist(entity);
            return StoredPlugin.of(entity);
        });
    }

    /**
     * Applies {@code change} to the plugin {@code id} in one transaction and stamps {@code updated_at}.
     *
     * @return the row after the change, or empty if there is no such plugin
     */
    public Optional<StoredPlugin> update(String id, Instant now, Consumer<PluginInstallationEntity> change) {
        return Transactions.inTransaction(emf, em -> Optional.ofNullable(em.find(PluginInstallationEntity.class, id))
                .map(entity -> {
                    change.accept(entity);
                    entity.touch(now);
                    return StoredPlugin.of(entity);
                }));
    }

    /** Removes the record of {@code id}; true if there was one. */
    public boolean delete(String id) {
        return Transactions.inTransaction(emf, em -> {
            PluginInstallationEntity entity = em.find(PluginInstallationEntity.class, id);
            if (entity == null) {
                return false;
            }
            em.remove(entity);
            return true;
        });
    }

    /** Writes {@code facts} into the entity (inside an {@link #update} change). */
    public static void describe(PluginInstallationEntity entity, ReleaseFacts facts) {
        entity.describe(facts.name(), facts.vendor(), facts.version(), IdList.kinds(facts.kinds()),
                IdList.scopes(facts.requested()), facts.publisher(), facts.sha256());
    }
}
