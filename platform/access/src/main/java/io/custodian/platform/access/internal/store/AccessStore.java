package io.custodian.platform.access.internal.store;

import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.persistence.api.Transactions;
import java.util.function.Function;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The access model in the kernel database (persistence unit {@value #PERSISTENCE_UNIT}). Brings the
 * tables up to date when it starts, so every component that uses it finds them migrated.
 */
@Component(service = AccessStore.class)
public class AccessStore {

    /** Migration folder, {@code db/migration/access}. */
    public static final String UNIT = "access";
    /** Persistence unit name. */
    public static final String PERSISTENCE_UNIT = "custodian-access";

    private final EntityManagerFactory emf;

    @Activate
    public AccessStore(BundleContext context, @Reference SchemaMigrator migrator,
                       @Reference(target = "(osgi.unit.name=" + PERSISTENCE_UNIT + ")") EntityManagerFactory emf) {
        migrator.migrate(context.getBundle(), UNIT);
        this.emf = emf;
    }

    /** A store on an already migrated database. Tests use it. */
    public AccessStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Reads without a transaction. */
    public <T> T read(Function<StoreSession, T> work) {
        return Transactions.read(emf, em -> work.apply(new StoreSession(em)));
    }

    /** Writes in one transaction: commit on return, rollback on any exception. */
    public <T> T write(Function<StoreSession, T> work) {
        return Transactions.inTransaction(emf, em -> work.apply(new StoreSession(em)));
    }

    /** The committed model. */
    public AccessModel load() {
        return read(StoreSession::model);
    }
}
