package io.custodian.plugin.api.connector;

/** What a connector can do beyond listing containers and assets. */
public enum ConnectorCapability {
    /** {@link ConnectorSession#statistics} runs aggregate queries inside the source instead of reading rows. */
    STATISTICS_PUSHDOWN,
    /** {@link ConnectorSession#sample} uses the source's own sampling (for example TABLESAMPLE). */
    NATIVE_SAMPLING,
    /** Views come with their SQL definitions. */
    VIEW_DEFINITIONS,
    /** Primary and foreign keys are reported. */
    KEYS,
    /** {@link DataAsset#changeToken()} lets a scan skip assets that did not change since the last one. */
    CHANGE_DETECTION,
    /** The source is a file store: assets are files, schemas inferred from their content. */
    FILES
}
