package io.custodian.scanning.internal.store;

import io.custodian.platform.testkit.JpaTestDatabase;

class StoreOnH2Test extends StoreContract {

    @Override
    JpaTestDatabase open() throws Exception {
        return JpaTestDatabase.h2(DefinitionStore.PERSISTENCE_UNIT, "db/migration/" + DefinitionStore.UNIT);
    }
}
