package io.custodian.scanning.internal.engine;

import io.custodian.scanning.api.ScanLevel;
import java.util.Objects;

/**
 * The change token a scan stores in the catalog, and whether a stored one lets a later scan skip an asset. A skip is
 * only right when the work of the later scan's level was done with the same connector token: a table described by a
 * metadata scan still needs statistics from a statistics scan. So a statistics scan that profiled the asset stores the
 * connector's token followed by {@value #PROFILED}; a metadata scan (or a statistics scan whose profiling failed) stores
 * the token as the connector gave it.
 */
final class StoredTokens {

    /** Marks a token stored after the asset's statistics were recorded. */
    static final String PROFILED = ";profiled";

    private StoredTokens() {
    }

    /**
     * The token to store for an asset.
     *
     * @param connectorToken the connector's token, may be {@code null}
     * @param profiled       whether this scan recorded the asset's statistics
     */
    static String forCatalog(String connectorToken, boolean profiled) {
        if (connectorToken == null) {
            return null;
        }
        return profiled ? connectorToken + PROFILED : connectorToken;
    }

    /**
     * Whether an asset can be skipped: the connector gave a token and the catalog holds it from a scan that did this
     * level's work.
     */
    static boolean unchanged(String stored, String connectorToken, ScanLevel level) {
        if (connectorToken == null || stored == null) {
            return false;
        }
        String profiled = connectorToken + PROFILED;
        return switch (level) {
            case METADATA -> stored.equals(connectorToken) || stored.equals(profiled);
            case STATISTICS -> Objects.equals(stored, profiled);
        };
    }
}
