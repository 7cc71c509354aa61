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
    /**
     * {@link ConnectorSession#changeTokens(Container)} lists tokens without describing the assets, and
     * {@link ConnectorSession#assets(Container, java.util.Set)} describes only the named ones (both overridden, not the
     * defaults). A scan then re-reads only what changed; without it a re-scan reads every asset in one pass.
     *
     * @since 1.1
     */
    CHANGE_LISTING,
    /** The source is a file store: assets are files, schemas inferred from their content. */
    FILES
}
