package io.custodian.plugins.postgresql;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.testkit.ConnectorContract;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL connector against the kit, on a fresh pagila database (only with custodian.it.postgres=true). */
class PostgresConnectorContractTest extends ConnectorContract {

    private static SampleDatabase pagila;

    @BeforeAll
    static void loadPagila() throws Exception {
        pagila = SampleDatabase.pagila();
    }

    @AfterAll
    static void dropPagila() throws Exception {
        if (pagila != null) {
            pagila.close();
        }
    }

    @Override
    protected Connector connector() {
        return new PostgresConnector();
    }

    @Override
    protected ConnectionSettings validSettings() {
        return pagila.settings();
    }

    @Override
    protected Optional<ConnectionSettings> settingsForUnreachableHost() {
        return Optional.of(SampleDatabase.settings("nonexistent.invalid", 5432, pagila.name));
    }

    @Override
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.of(SampleDatabase.settings(SampleDatabase.HOST, SampleDatabase.PORT, "no_such_db"));
    }

    @Override
    protected Optional<ConnectionSettings> incompleteSettings() {
        return Optional.of(new ConnectionSettings(Map.of("host", SampleDatabase.HOST), Map.of()));
    }
}
