package io.custodian.platform.persistence.api;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Applies a bundle's versioned schema migrations to the kernel database.
 *
 * <p>A bundle ships scripts under {@code db/migration/<unit>/} named {@code V<n>__<description>.sql}
 * ({@code n} a positive integer). A file {@code V<n>__<description>.<vendor>.sql} (vendor
 * {@code h2} or {@code postgresql}) replaces the generic script of the same version on that
 * database. Applied versions are kept per unit in {@code custodian_schema_history} with a
 * checksum; a changed applied script is refused rather than silently skipped. Each script runs
 * in its own transaction, so an upgraded bundle upgrades its tables when it starts.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Brings the unit's tables up to the newest script the bundle ships.
     *
     * @param bundle the bundle holding the scripts
     * @param unit   the persistence unit (and folder) name, for example {@code audit}
     * @return what was applied
     * @throws MigrationException if a script fails or an applied script was changed
     */
    MigrationReport migrate(Bundle bundle, String unit);
}
