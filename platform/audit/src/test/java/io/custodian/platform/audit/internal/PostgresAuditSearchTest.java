package io.custodian.platform.audit.internal;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Search on PostgreSQL: LIKE escaping and time-zone parameters differ between databases. */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresAuditSearchTest extends AuditSearchTest {

    @Override
    TestDatabase open() throws Exception {
        return TestDatabase.postgres();
    }
}
