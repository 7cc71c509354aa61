package io.custodian.platform.audit.internal;

import io.custodian.platform.testkit.JpaTestDatabase;

/** The hash chain on embedded H2, the default kernel database. */
class HashChainTest extends ChainContract {

    @Override
    JpaTestDatabase open(int upToVersion) throws Exception {
        return AuditDatabases.h2(upToVersion);
    }
}
