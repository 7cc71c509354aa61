package io.custodian.datasources.internal.service;

import io.custodian.plugin.api.connector.ConnectorCapability;
import java.util.Set;

/**
 * A source type a running connector serves.
 *
 * @param type         the type id, what a source's {@code type} names
 * @param displayName  for people
 * @param configSchema the JSON Schema of the settings, as text
 * @param capabilities what the connector can do beyond enumeration
 * @param secretNames  the settings that are secrets ({@code writeOnly})
 */
public record ConnectorType(String type, String displayName, String configSchema,
                            Set<ConnectorCapability> capabilities, Set<String> secretNames) {
}
