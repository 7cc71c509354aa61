package io.custodian.plugin.api.connector;

import java.util.Objects;

/**
 * An asset's name, kind and change token, listed without describing the asset
 * ({@link ConnectorSession#changeTokens(Container)}).
 *
 * @param name        the asset's name in its container, as {@link DataAsset#name()}
 * @param kind        table, view or file
 * @param changeToken what {@link DataAsset#changeToken()} would be; {@code null} when the connector cannot tell, in
 *                    which case the platform describes the asset every time
 * @since 1.1
 */
public record AssetToken(String name, AssetKind kind, String changeToken) {

    /** Rejects a missing name or kind. */
    public AssetToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
