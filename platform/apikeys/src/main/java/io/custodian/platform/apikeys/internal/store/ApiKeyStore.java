package io.custodian.platform.apikeys.internal.store;

import io.custodian.platform.apikeys.internal.entity.ApiKeyEntity;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

/** API keys in the kernel database (persistence unit {@value #PERSISTENCE_UNIT}). */
public final class ApiKeyStore {

    /** Migration folder, {@code db/migration/apikeys}. */
    public static final String UNIT = "apikeys";
    /** Persistence unit name. */
    public static final String PERSISTENCE_UNIT = "custodian-apikeys";

    private final EntityManagerFactory emf;

    /** A store on an already migrated database. */
    public ApiKeyStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The key whose current public part is {@code keyId}; a rotated-away key id finds nothing. */
    public Optional<StoredKey> findByKeyId(String keyId) {
        return Transactions.read(emf, em -> em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.keyId = :keyId",
                ApiKeyEntity.class).setParameter("keyId", keyId).getResultList().stream().findFirst()
                .map(StoredKey::of));
    }

    public Optional<StoredKey> find(String id) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(ApiKeyEntity.class, id)).map(StoredKey::of));
    }

    /** Keys of one owner, or of everyone when {@code ownerOrNull} is null; oldest first. */
    public List<StoredKey> list(String ownerOrNull) {
        return Transactions.read(emf, em -> {
            TypedQuery<ApiKeyEntity> query = ownerOrNull == null
                    ? em.createQuery("SELECT k FROM ApiKeyEntity k ORDER BY k.createdAt, k.id", ApiKeyEntity.class)
                    : em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.owner = :owner ORDER BY k.createdAt, k.id",
                            ApiKeyEntity.class).setParameter("owner", ownerOrNull);
            return query.getResultList().stream().map(StoredKey::of).toList();
        });
    }

    /** Whether {@code owner} has a key named {@code name} that is not revoked, other than {@code exceptId}. */
    public boolean nameTaken(String owner, String name, String exceptId) {
        return Transactions.read(emf, em -> em.createQuery("SELECT k.id FROM ApiKeyEntity k WHERE k.owner = :owner"
                        + " AND k.name = :name AND k.revokedAt IS NULL", String.class)
                .setParameter("owner", owner).setParameter("name", name).getResultList().stream()
                .anyMatch(id -> !id.equals(exceptId)));
    }

    public StoredKey insert(ApiKeyEntity key) {
        return Transactions.inTransaction(emf, em -> {
            em.persist(key);
            return StoredKey.of(key);
        });
    }

    /**
     * Applies {@code change} to the key {@code id} in one transaction; the function sees the row as
     * it is now and may throw to roll back.
     *
     * @return the function's result, or empty if there is no such key
     */
    public <T> Optional<T> update(String id, Function<ApiKeyEntity, T> change) {
        return Transactions.inTransaction(emf, em -> Optional.ofNullable(em.find(ApiKeyEntity.class, id))
                .map(change));
    }

    /**
     * Records a use without ever moving {@code last_used_at} back: another node may have written
     * a later one.
     *
     * @return 1 if the row was changed, 0 if it is gone or already later
     */
    public int recordUse(String id, Instant usedAt) {
        return Transactions.inTransaction(emf, em -> em.createQuery("UPDATE ApiKeyEntity k SET k.lastUsedAt = :at"
                        + " WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :at)")
                .setParameter("at", Date.from(usedAt)).setParameter("id", id).executeUpdate());
    }
}
