package io.custodian.platform.persistence.internal;

import io.custodian.platform.persistence.api.MigrationException;
import io.custodian.platform.persistence.api.MigrationReport;
import io.custodian.platform.persistence.api.SchemaMigrator;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SchemaMigrator} on the kernel DataSource; available once the database is open. */
@Component(service = SchemaMigrator.class)
public class SchemaMigratorService implements SchemaMigrator {

    private static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    @Reference(target = "(osgi.jndi.service.name=" + io.custodian.platform.persistence.api.Database.JNDI_NAME + ")")
    private DataSource dataSource;

    @Override
    public MigrationReport migrate(Bundle bundle, String unit) {
        if (unit == null || !UNIT.matcher(unit).matches()) {
            throw new MigrationException("Invalid migration unit name: " + unit);
        }
        return new Migrator(dataSource).migrate(unit, BundleMigrationScripts.of(bundle, unit));
    }
}
