package io.custodian.datasources.internal.store;

import io.custodian.datasources.api.SourceHealth;
import io.custodian.datasources.internal.crypto.SealedSecret;
import io.custodian.datasources.internal.entity.DataSourceEntity;
import io.custodian.datasources.internal.entity.DataSourceHealthEntity;
import io.custodian.datasources.internal.entity.DataSourceSecretEntity;
import io.custodian.datasources.internal.secrets.SecretReference;
import io.custodian.platform.persistence.api.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Registered sources, their stored secrets and their health history in the kernel database (persistence unit
 * {@value #PERSISTENCE_UNIT}, migrations in {@code db/migration/}{@value #UNIT}). Each method is one transaction.
 */
public final class DataSourceStore {

    /** Migration folder, {@code db/migration/datasources}. */
    public static final String UNIT = "datasources";
    /** Persistence unit name. */
    public static final String PERSISTENCE_UNIT = "custodian-datasources";
    /** Health checks kept per source. */
    public static final int HISTORY_KEPT = 100;

    private static final String ENCRYPTED = "ENCRYPTED";

    private final EntityManagerFactory emf;

    /** A store on an already migrated database. */
    public DataSourceStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public Optional<StoredSource> find(long id) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(DataSourceEntity.class, id))
                .map(entity -> source(entity, secretsOf(em, List.of(id)).getOrDefault(id, List.of()))));
    }

    public Optional<StoredSource> findByName(String name) {
        return Transactions.read(emf, em -> em.createQuery("SELECT s FROM DataSourceEntity s WHERE s.name = :name",
                        DataSourceEntity.class).setParameter("name", name).getResultList().stream().findFirst()
                .map(entity -> source(entity, secretsOf(em, List.of(entity.getId())).getOrDefault(entity.getId(),
                        List.of()))));
    }

    /** Every source by id, with two queries whatever their number. */
    public List<StoredSource> list() {
        return Transactions.read(emf, em -> {
            List<DataSourceEntity> entities = em.createQuery("SELECT s FROM DataSourceEntity s ORDER BY s.id",
                    DataSourceEntity.class).getResultList();
            Map<Long, List<DataSourceSecretEntity>> secrets = secretsOf(em, null);
            return entities.stream().map(e -> source(e, secrets.getOrDefault(e.getId(), List.of()))).toList();
        });
    }

    /**
     * Registers a source.
     *
     * @param secrets the secrets to store, made once the new source's id is known (ciphertexts are bound to it)
     */
    public StoredSource insert(String type, SourceFields fields, String createdBy, Instant now,
                               Function<Long, Collection<StoredSecret>> secrets) {
        return Transactions.inTransaction(emf, em -> {
            DataSourceEntity entity = new DataSourceEntity(fields.name(), type, createdBy, now);
            describe(entity, fields);
            em.persist(entity);
            em.flush();
            long id = entity.getId();
            for (StoredSecret secret : secrets.apply(id)) {
                DataSourceSecretEntity row = new DataSourceSecretEntity(id, secret.name());
                write(row, secret, now);
                em.persist(row);
            }
            return source(entity, secretsOf(em, List.of(id)).getOrDefault(id, List.of()));
        });
    }

    /**
     * Changes a source: its fields, the secrets in {@code replaced} (added or overwritten) and removes the secrets
     * named in {@code removed}.
     *
     * @return the source after the change, or empty if there is none with that id
     */
    public Optional<StoredSource> update(long id, SourceFields fields, Collection<StoredSecret> replaced,
                                         Collection<String> removed, Instant now) {
        return Transactions.inTransaction(emf, em -> {
            DataSourceEntity entity = em.find(DataSourceEntity.class, id);
            if (entity == null) {
                return Optional.empty();
            }
            describe(entity, fields);
            entity.touch(now);
            Map<String, DataSourceSecretEntity> rows = secretsOf(em, List.of(id)).getOrDefault(id, List.of()).stream()
                    .collect(Collectors.toMap(DataSourceSecretEntity::getName, row -> row));
            for (String name : removed) {
                DataSourceSecretEntity row = rows.remove(name);
                if (row != null) {
                    em.remove(row);
                }
            }
            for (StoredSecret secret : replaced) {
                DataSourceSecretEntity row = rows.get(secret.name());
                if (row == null) {
                    row = new DataSourceSecretEntity(id, secret.name());
                    write(row, secret, now);
                    em.persist(row);
                } else {
                    write(row, secret, now);
                }
            }
            em.flush();
            return Optional.of(source(entity, secretsOf(em, List.of(id)).getOrDefault(id, List.of())));
        });
    }

    /**
     * Removes a source with its secrets and health history.
     *
     * @return the source as it was, or empty if there is none with that id
     */
    public Optional<StoredSource> delete(long id) {
        return Transactions.inTransaction(emf, em -> {
            DataSourceEntity entity = em.find(DataSourceEntity.class, id);
            if (entity == null) {
                return Optional.empty();
            }
            StoredSource before = source(entity, secretsOf(em, List.of(id)).getOrDefault(id, List.of()));
            em.createQuery("DELETE FROM DataSourceSecretEntity s WHERE s.sourceId = :id").setParameter("id", id)
                    .executeUpdate();
            em.createQuery("DELETE FROM DataSourceHealthEntity h WHERE h.sourceId = :id").setParameter("id", id)
                    .executeUpdate();
            em.remove(entity);
            return Optional.of(before);
        });
    }

    /**
     * Records a health check as the source's current health and in its history, keeping the newest
     * {@value #HISTORY_KEPT} checks.
     *
     * @return the health before this check, or empty if the source no longer exists
     */
    public Optional<SourceHealth> recordHealth(long id, HealthEntry entry) {
        return Transactions.inTransaction(emf, em -> {
            DataSourceEntity entity = em.find(DataSourceEntity.class, id);
            if (entity == null) {
                return Optional.empty();
            }
            SourceHealth before = health(entity);
            entity.health(entry.status(), entry.diagnosis(), entry.message(), entry.checkedAt());
            em.persist(new DataSourceHealthEntity(id, entry.checkedAt(), entry.status(), entry.diagnosis(),
                    entry.message(), entry.elapsedMs()));
            em.flush();
            List<Long> old = em.createQuery("SELECT h.id FROM DataSourceHealthEntity h WHERE h.sourceId = :id "
                            + "ORDER BY h.checkedAt DESC, h.id DESC", Long.class).setParameter("id", id)
                    .setFirstResult(HISTORY_KEPT).getResultList();
            if (!old.isEmpty()) {
                em.createQuery("DELETE FROM DataSourceHealthEntity h WHERE h.id IN :ids").setParameter("ids", old)
                        .executeUpdate();
            }
            return Optional.of(before);
        });
    }

    /** The newest health checks of a source, newest first. */
    public List<HealthEntry> history(long id, int limit) {
        return Transactions.read(emf, em -> em.createQuery("SELECT h FROM DataSourceHealthEntity h WHERE h.sourceId = :id "
                        + "ORDER BY h.checkedAt DESC, h.id DESC", DataSourceHealthEntity.class).setParameter("id", id)
                .setMaxResults(limit).getResultList().stream()
                .map(h -> new HealthEntry(h.getCheckedAt(), h.getStatus(), h.getDiagnosis(), h.getMessage(),
                        h.getElapsedMs())).toList());
    }

    /**
     * Re-encrypts, in one transaction, every encrypted secret not sealed under {@code currentKeyId}.
     *
     * @param reseal the new ciphertext of a secret of a source (by id), or empty to leave it (it cannot be opened)
     * @return how many were re-encrypted and how many left
     */
    public ResealCount reseal(String currentKeyId, BiFunction<Long, StoredSecret, Optional<SealedSecret>> reseal,
                              Instant now) {
        return Transactions.inTransaction(emf, em -> {
            List<DataSourceSecretEntity> rows = em.createQuery("SELECT s FROM DataSourceSecretEntity s "
                            + "WHERE s.kind = :kind AND s.keyId <> :current ORDER BY s.id", DataSourceSecretEntity.class)
                    .setParameter("kind", ENCRYPTED).setParameter("current", currentKeyId).getResultList();
            int done = 0;
            for (DataSourceSecretEntity row : rows) {
                Optional<SealedSecret> fresh = reseal.apply(row.getSourceId(), secret(row));
                if (fresh.isPresent()) {
                    row.sealed(fresh.get().ciphertext(), fresh.get().iv(), fresh.get().keyId(), now);
                    done++;
                }
            }
            return new ResealCount(done, rows.size() - done);
        });
    }

    /** How many encrypted secrets each master key sealed, by key id. */
    public Map<String, Long> encryptedByKey() {
        return Transactions.read(emf, em -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT s.keyId, COUNT(s) FROM DataSourceSecretEntity s "
                    + "WHERE s.kind = :kind GROUP BY s.keyId", Object[].class).setParameter("kind", ENCRYPTED)
                    .getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
            return counts;
        });
    }

    /**
     * How many secrets a re-encryption changed and left.
     *
     * @param resealed re-encrypted under the current key
     * @param left     left as they were because they cannot be opened
     */
    public record ResealCount(int resealed, int left) {
    }

    private static void describe(DataSourceEntity entity, SourceFields fields) {
        entity.describe(fields.name(), JsonText.settings(fields.settings()), fields.owner(), JsonText.tags(fields.tags()),
                fields.description());
    }

    private static void write(DataSourceSecretEntity row, StoredSecret secret, Instant now) {
        if (secret.encrypted()) {
            row.sealed(secret.sealed().ciphertext(), secret.sealed().iv(), secret.sealed().keyId(), now);
        } else {
            row.referenced(secret.reference().text(), now);
        }
    }

    /** The secret rows of the given sources (all sources for {@code null}), by source id. */
    private static Map<Long, List<DataSourceSecretEntity>> secretsOf(EntityManager em, List<Long> sourceIds) {
        List<DataSourceSecretEntity> rows = sourceIds == null
                ? em.createQuery("SELECT s FROM DataSourceSecretEntity s", DataSourceSecretEntity.class).getResultList()
                : em.createQuery("SELECT s FROM DataSourceSecretEntity s WHERE s.sourceId IN :ids",
                        DataSourceSecretEntity.class).setParameter("ids", sourceIds).getResultList();
        Map<Long, List<DataSourceSecretEntity>> bySource = new HashMap<>();
        rows.forEach(row -> bySource.computeIfAbsent(row.getSourceId(), id -> new ArrayList<>()).add(row));
        return bySource;
    }

    private static StoredSource source(DataSourceEntity e, List<DataSourceSecretEntity> secretRows) {
        Map<String, StoredSecret> secrets = new LinkedHashMap<>();
        secretRows.forEach(row -> secrets.put(row.getName(), secret(row)));
        SourceFields fields = new SourceFields(e.getName(), JsonText.settings(e.getSettings()), e.getOwner(),
                JsonText.tags(e.getTags()), e.getDescription());
        return new StoredSource(e.getId(), e.getType(), fields, secrets, e.getCreatedBy(), health(e), e.getCreatedAt(),
                e.getUpdatedAt());
    }

    private static StoredSecret secret(DataSourceSecretEntity row) {
        return ENCRYPTED.equals(row.getKind())
                ? StoredSecret.sealed(row.getName(), new SealedSecret(row.getCiphertext(), row.getIv(), row.getKeyId()))
                : StoredSecret.referenced(row.getName(), SecretReference.parse(row.getReference()));
    }

    private static SourceHealth health(DataSourceEntity e) {
        return new SourceHealth(e.getHealthStatus(), e.getHealthDiagnosis(),
                e.getHealthMessage() == null ? "" : e.getHealthMessage(), e.getHealthCheckedAt());
    }
}
