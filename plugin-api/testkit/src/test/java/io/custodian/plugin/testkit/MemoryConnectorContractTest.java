package io.custodian.plugin.testkit;

import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.testkit.fixture.MemoryConnector;
import java.util.Map;
import java.util.Optional;

/** A connector that keeps the contract passes every check that applies; the others are skipped. */
class MemoryConnectorContractTest extends ConnectorContract {

    @Override
    protected Connector connector() {
        return new MemoryConnector();
    }

    @Override
    protected ConnectionSettings validSettings() {
        return new ConnectionSettings(Map.of("host", "memory", "database", "shop"), Map.of("password", "s3cret-value"));
    }

    @Override
    protected Optional<ConnectionSettings> settingsForUnreachableHost() {
        return Optional.of(new ConnectionSettings(Map.of("host", "no-such-host.invalid", "database", "shop"), Map.of()));
    }

    @Override
    protected Optional<ConnectionSettings> settingsForMissingDatabase() {
        return Optional.of(new ConnectionSettings(Map.of("host", "memory", "database", "nope"), Map.of()));
    }
}
