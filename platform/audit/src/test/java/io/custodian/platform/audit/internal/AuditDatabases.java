package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.JpaTestDatabase;
import java.sql.SQLException;

/** The audit bundle's persistence unit and migrations on a fresh database of the shared test kit. */
final class AuditDatabases {

    private static final String UNIT = "custodian-audit";
    private static final String MIGRATIONS = "db/migration/audit";

    private AuditDatabases() {
    }

    /** In-memory H2 with the migrations up to {@code upToVersion} ({@link JpaTestDatabase#LATEST}: all). */
    static JpaTestDatabase h2(int upToVersion) throws SQLException {
        return JpaTestDatabase.h2(UNIT, MIGRATIONS, upToVersion);
    }

    /** A schema of its own in the local PostgreSQL with the migrations up to {@code upToVersion}. */
    static JpaTestDatabase postgres(int upToVersion) throws SQLException {
        return JpaTestDatabase.postgres(UNIT, MIGRATIONS, upToVersion);
    }
}
