package io.custodian.plugin.api.connector;

/** Sorts of asset a connector reports inside a container. */
public enum AssetKind {
    /** A base table. */
    TABLE,
    /** A view; its SQL may be in {@link DataAsset#viewDefinition()}. */
    VIEW,
    /** A file whose columns were inferred from its content. */
    FILE
}
