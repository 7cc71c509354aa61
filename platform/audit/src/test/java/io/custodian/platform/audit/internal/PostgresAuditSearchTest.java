package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.JpaTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Search on PostgreSQL: LIKE escaping and time-zone parameters differ between databases. */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresAuditSearchTest extends AuditSearchTest {

    @Override
    JpaTestDatabase open() throws Exception {
        return AuditDatabases.postgres(JpaTestDatabase.LATEST);
    }
}
