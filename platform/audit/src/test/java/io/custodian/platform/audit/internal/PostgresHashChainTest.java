package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.JpaTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The hash chain on PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}),
 * in a schema of its own per test. Runs with {@code -Dcustodian.it.postgres=true} (the ci profile).
 */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresHashChainTest extends ChainContract {

    @Override
    JpaTestDatabase open(int upToVersion) throws Exception {
        return AuditDatabases.postgres(upToVersion);
    }
}
