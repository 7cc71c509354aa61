package io.custodian.plugin.api;

import java.util.Map;
import java.util.Set;

/**
 * A plugin's window onto the platform. Every accessor that reaches platform data checks the scopes an
 * administrator granted at install time: without the scope the call throws {@link ScopeDeniedException}
 * and the attempt is recorded in the audit trail. Instances are thread-safe.
 */
public interface PluginContext {

    /** The plugin's id from its manifest. */
    String pluginId();

    /** The plugin's version from its manifest. */
    String pluginVersion();

    /** The plugin's configuration, validated by the host against the JSON Schema in the manifest. Never null. */
    Map<String, String> configuration();

    /** The scopes an administrator granted; a subset of those the manifest requested. */
    Set<Scope> grantedScopes();

    /** Whether {@code scope} was granted. */
    default boolean isGranted(Scope scope) {
        return grantedScopes().contains(scope);
    }

    /**
     * Read access to the catalog.
     *
     * @throws ScopeDeniedException without {@link Scope#CATALOG_READ}
     */
    CatalogReader catalog();

    /**
     * Write access to the catalog.
     *
     * @throws ScopeDeniedException without {@link Scope#CATALOG_WRITE}
     */
    CatalogWriter catalogWriter();

    /**
     * Sampled values of catalogued columns.
     *
     * @throws ScopeDeniedException without {@link Scope#SAMPLES_READ}
     */
    SampleReader samples();

    /** A log whose lines the host tags with the plugin's id. Never requires a scope. */
    PluginLog log();
}
