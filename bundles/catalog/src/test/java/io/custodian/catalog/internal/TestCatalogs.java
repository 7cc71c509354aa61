package io.custodian.catalog.internal;

import io.custodian.platform.audit.api.AuditService;
import java.time.Clock;
import javax.persistence.EntityManagerFactory;

/** Opens the real catalog component on a migrated test database, for tests outside this package. */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    /** The persistence unit name. */
    public static final String UNIT = JpaCatalog.PERSISTENCE_UNIT;
    /** The class-path folder of the migrations. */
    public static final String MIGRATIONS = "db/migration/" + JpaCatalog.MIGRATIONS;

    /** The catalog on {@code emf}, without an event bus. */
    public static JpaCatalog catalog(EntityManagerFactory emf, Clock clock, AuditService audit) {
        return new JpaCatalog(emf, clock, audit);
    }
}
