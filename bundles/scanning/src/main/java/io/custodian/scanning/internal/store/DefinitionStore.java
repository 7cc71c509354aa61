package io.custodian.scanning.internal.store;

import io.custodian.platform.persistence.api.Transactions;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.internal.definition.DefinitionSettings;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.entity.ScanDefinitionEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;

/** Scan definitions in the kernel database (persistence unit {@value #PERSISTENCE_UNIT}). Thread-safe. */
public final class DefinitionStore {

    /** Migration folder, {@code db/migration/scanning}. */
    public static final String UNIT = "scanning";
    /** Persistence unit name. */
    public static final String PERSISTENCE_UNIT = "custodian-scanning";

    private final EntityManagerFactory emf;

    /** A store on an already migrated database. */
    public DefinitionStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public Optional<ScanDefinition> find(long id) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(ScanDefinitionEntity.class, id)).map(DefinitionStore::view));
    }

    /** Every definition, by id. */
    public List<ScanDefinition> list() {
        return Transactions.read(emf, em -> em.createQuery("SELECT d FROM ScanDefinitionEntity d ORDER BY d.id",
                ScanDefinitionEntity.class).getResultList().stream().map(DefinitionStore::view).toList());
    }

    /** The definitions with a cron schedule, by id. */
    public List<ScanDefinition> scheduled() {
        return Transactions.read(emf, em -> em.createQuery(
                "SELECT d FROM ScanDefinitionEntity d WHERE d.cron IS NOT NULL ORDER BY d.id", ScanDefinitionEntity.class)
                .getResultList().stream().map(DefinitionStore::view).toList());
    }

    public ScanDefinition create(DefinitionSettings settings, String createdBy, Instant now) {
        return Transactions.inTransaction(emf, em -> {
            ScanDefinitionEntity entity = new ScanDefinitionEntity(createdBy, now);
            describe(entity, settings);
            em.persist(entity);
            em.flush();
            return view(entity);
        });
    }

    /** Replaces the editable fields; empty when there is no such definition. */
    public Optional<ScanDefinition> update(long id, DefinitionSettings settings, Instant now) {
        return Transactions.inTransaction(emf, em -> Optional.ofNullable(em.find(ScanDefinitionEntity.class, id)).map(entity -> {
            describe(entity, settings);
            entity.touch(now);
            return view(entity);
        }));
    }

    /** Removes the definition; true if there was one. Its runs stay in the history. */
    public boolean delete(long id) {
        return Transactions.inTransaction(emf, em -> {
            ScanDefinitionEntity entity = em.find(ScanDefinitionEntity.class, id);
            if (entity == null) {
                return false;
            }
            em.remove(entity);
            return true;
        });
    }

    private static void describe(ScanDefinitionEntity entity, DefinitionSettings settings) {
        entity.describe(settings.name(), settings.sourceId(), lines(settings.include()), lines(settings.exclude()),
                settings.level().name(), settings.ruleSet(), settings.cron(), settings.concurrency());
    }

    private static ScanDefinition view(ScanDefinitionEntity entity) {
        return new ScanDefinition(entity.getId(), entity.getName(), entity.getSourceId(), patterns(entity.getIncludePatterns()),
                patterns(entity.getExcludePatterns()), ScanLevel.valueOf(entity.getLevel()), entity.getRuleSet(),
                entity.getCron(), entity.getConcurrency(), entity.getCreatedBy(), entity.getCreatedAt(), entity.getUpdatedAt());
    }

    /** Patterns never contain a line break (the validator refuses them), so one per line is unambiguous. */
    private static String lines(List<String> patterns) {
        return String.join("\n", patterns);
    }

    private static List<String> patterns(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
