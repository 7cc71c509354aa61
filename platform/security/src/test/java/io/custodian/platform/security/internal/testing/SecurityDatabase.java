package io.custodian.platform.security.internal.testing;

import io.custodian.platform.testkit.JpaTestDatabase;
import java.sql.SQLException;

/** The security bundle's persistence unit and migrations on a fresh database of the shared test kit. */
public final class SecurityDatabase {

    private SecurityDatabase() {
    }

    /** An in-memory H2 database with every migration of {@code db/migration/security} applied. */
    public static JpaTestDatabase h2() throws SQLException {
        return JpaTestDatabase.h2("custodian-security", "db/migration/security");
    }
}
