package io.custodian.plugins.h2;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.testkit.ConnectorContract;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The H2 connector against the kit, on the shop database in a file. */
class H2ConnectorContractTest extends ConnectorContract {

    @TempDir
    static Path folder;

    @BeforeAll
    static void createShop() throws Exception {
        ShopSchema.create(folder);
    }

    @Override
    protected Connector connector() {
        return new H2Connector();
    }

    @Override
    protected ConnectionSettings validSettings() {
        return ShopSchema.settings(ShopSchema.url(folder), ShopSchema.PASSWORD);
    }

    @Override
    protected Optional<ConnectionSettings> settingsForUnreachableHost() {
        return Optional.of(ShopSchema.settings("jdbc:h2:tcp://nonexistent.invalid:9092/shop", ShopSchema.PASSWORD));
    }

    @Override
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.of(ShopSchema.settings("jdbc:h2:file:" + folder.resolve("no-such-db").toAbsolutePath(), ShopSchema.PASSWORD));
    }

    @Override
    protected Optional<ConnectionSettings> settingsWithWrongCredentials() {
        return Optional.of(ShopSchema.settings(ShopSchema.url(folder), "not-the-password"));
    }

    @Override
    protected Optional<ConnectionSettings> incompleteSettings() {
        return Optional.of(new ConnectionSettings(Map.of("user", "shop"), Map.of()));
    }
}
