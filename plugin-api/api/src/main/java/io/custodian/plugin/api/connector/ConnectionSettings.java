package io.custodian.plugin.api.connector;

import java.util.Map;
import java.util.Optional;

/**
 * Settings of one data source, already validated against the connector's configuration schema.
 *
 * @param properties non-secret settings (host, port, database, path...)
 * @param secrets    secret settings (password, token...), decrypted by the host for this call only;
 *                   never log them, never put them in exception messages
 */
public record ConnectionSettings(Map<String, String> properties, Map<String, String> secrets) {

    /** Copies both maps; nulls become empty maps. */
    public ConnectionSettings {
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        secrets = Map.copyOf(secrets == null ? Map.of() : secrets);
    }

    /** A non-secret setting, if present. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** A secret setting, if present. */
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    /** Shows the properties and only the names of the secrets. */
    @Override
    public String toString() {
        return "ConnectionSettings[properties=" + properties + ", secrets=" + secrets.keySet() + "]";
    }
}
