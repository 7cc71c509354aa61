package io.custodian.datasources.internal.store;

import io.custodian.platform.testkit.JpaTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class DataSourceStorePostgresTest extends DataSourceStoreContract {

    @Override
    JpaTestDatabase open() throws Exception {
        return JpaTestDatabase.postgres(DataSourceStore.PERSISTENCE_UNIT, "db/migration/" + DataSourceStore.UNIT);
    }
}
