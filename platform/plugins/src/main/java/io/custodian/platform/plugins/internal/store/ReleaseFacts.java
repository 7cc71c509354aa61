package io.custodian.platform.plugins.internal.store;

import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.util.Set;

/**
 * What the store keeps about the version a plugin runs, taken from its verified jar.
 *
 * @param name      display name from the manifest
 * @param vendor    vendor from the manifest
 * @param version   semantic version from the manifest
 * @param kinds     extension kinds the jar holds
 * @param requested scopes the manifest requests
 * @param publisher the marketplace publisher whose signature was verified, or null for unsigned jars
 * @param sha256    lower-case hex SHA-256 of the jar
 */
public record ReleaseFacts(String name, String vendor, String version, Set<PluginKind> kinds, Set<Scope> requested,
                           String publisher, String sha256) {

    public ReleaseFacts {
        kinds = Set.copyOf(kinds);
        requested = Set.copyOf(requested);
    }
}
