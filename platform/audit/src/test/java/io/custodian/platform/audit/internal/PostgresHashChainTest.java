package io.custodian.platform.audit.internal;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The hash chain on PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}),
 * in a schema of its own per test. Runs with {@code -Dcustodian.it.postgres=true} (the ci profile).
 */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresHashChainTest extends ChainContract {

    @Override
    TestDatabase open() throws Exception {
        return TestDatabase.postgres();
    }
}
