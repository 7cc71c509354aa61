package io.custodian.platform.security.internal;

import io.custodian.platform.persistence.api.SchemaMigrator;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;

/** The bundle's tables, brought up to date before any component touches them. */
public final class SecurityDatabase {

    /** Persistence unit suffix and migration folder name. */
    public static final String UNIT = "security";

    private SecurityDatabase() {
    }

    /**
     * Applies the bundle's migrations (idempotent and serialised by the migrator, so every
     * component may call it in its activation) and hands the factory back.
     */
    public static EntityManagerFactory ready(SchemaMigrator migrator, BundleContext context, EntityManagerFactory emf) {
        migrator.migrate(context.getBundle(), UNIT);
        return emf;
    }
}
