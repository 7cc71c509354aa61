package io.custodian.plugin.api.connector;

import java.util.Objects;
import java.util.Set;

/**
 * How a connector presents itself.
 *
 * @param typeId       the source type it serves, for example {@code postgresql}; what a data source's {@code type} names
 * @param displayName  shown to users, for example {@code PostgreSQL}
 * @param configSchema JSON Schema (draft 2020-12) of the connection settings; properties marked
 *                     {@code "writeOnly": true} are secrets and travel in {@link ConnectionSettings#secrets()}
 * @param capabilities what the connector can do beyond enumeration
 */
public record ConnectorDescriptor(String typeId, String displayName, String configSchema, Set<ConnectorCapability> capabilities) {

    /** Rejects missing fields; copies the capabilities. */
    public ConnectorDescriptor {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(configSchema, "configSchema");
        capabilities = Set.copyOf(capabilities == null ? Set.of() : capabilities);
    }
}
