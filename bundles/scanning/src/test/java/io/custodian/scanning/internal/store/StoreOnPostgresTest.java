package io.custodian.scanning.internal.store;

import io.custodian.platform.testkit.JpaTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class StoreOnPostgresTest extends StoreContract {

    @Override
    JpaTestDatabase open() throws Exception {
        return JpaTestDatabase.postgres(DefinitionStore.PERSISTENCE_UNIT, "db/migration/" + DefinitionStore.UNIT);
    }
}
