package io.custodian.datasources.internal.store;

import io.custodian.platform.testkit.JpaTestDatabase;

class DataSourceStoreH2Test extends DataSourceStoreContract {

    @Override
    JpaTestDatabase open() throws Exception {
        return JpaTestDatabase.h2(DataSourceStore.PERSISTENCE_UNIT, "db/migration/" + DataSourceStore.UNIT);
    }
}
