package io.custodian.plugins.mariadb;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.testkit.ConnectorContract;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The MariaDB connector against the kit, on a fresh Sakila database (only with custodian.it.mariadb=true). */
class MariaDbConnectorContractTest extends ConnectorContract {

    /** A throwaway account without any privilege on the Sakila database. */
    private static final String UNPRIVILEGED_USER = "custodian_noperm_" + System.currentTimeMillis() % 100000;
    private static final String UNPRIVILEGED_PASSWORD = "noperm-Secret-1";

    private static SakilaDatabase sakila;

    @BeforeAll
    static void loadSakila() throws Exception {
        sakila = SakilaDatabase.create();
        SakilaDatabase.executeAsRoot("CREATE USER '" + UNPRIVILEGED_USER + "'@'%' IDENTIFIED BY '" + UNPRIVILEGED_PASSWORD + "'");
    }

    @AfterAll
    static void dropSakila() throws Exception {
        if (sakila != null) {
            SakilaDatabase.executeAsRoot("DROP USER IF EXISTS '" + UNPRIVILEGED_USER + "'@'%'");
            sakila.close();
        }
    }

    @Override
    protected Connector connector() {
        return new MariaDbConnector();
    }

    @Override
    protected ConnectionSettings validSettings() {
        return sakila.settings();
    }

    @Override
    protected Optional<ConnectionSettings> settingsForUnreachableHost() {
        return Optional.of(SakilaDatabase.settings("nonexistent.invalid", SakilaDatabase.PORT, sakila.name));
    }

    @Override
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.of(SakilaDatabase.settings(SakilaDatabase.HOST, SakilaDatabase.PORT, "no_such_db"));
    }

    @Override
    protected Optional<ConnectionSettings> settingsWithWrongCredentials() {
        return Optional.of(SakilaDatabase.settings(SakilaDatabase.HOST, SakilaDatabase.PORT, sakila.name, SakilaDatabase.USER, "wrong-password"));
    }

    @Override
    protected Optional<ConnectionSettings> settingsWithoutPermission() {
        return Optional.of(SakilaDatabase.settings(SakilaDatabase.HOST, SakilaDatabase.PORT, sakila.name, UNPRIVILEGED_USER, UNPRIVILEGED_PASSWORD));
    }

    @Override
    protected Optional<ConnectionSettings> incompleteSettings() {
        return Optional.of(new ConnectionSettings(Map.of("host", SakilaDatabase.HOST), Map.of()));
    }
}
