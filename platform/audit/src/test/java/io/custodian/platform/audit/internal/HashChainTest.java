package io.custodian.platform.audit.internal;

/** The hash chain on embedded H2, the default kernel database. */
class HashChainTest extends ChainContract {

    @Override
    TestDatabase open() throws Exception {
        return TestDatabase.h2();
    }
}
