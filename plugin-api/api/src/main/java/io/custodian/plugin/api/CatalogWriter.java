package io.custodian.plugin.api;

/** Changes to catalog assets a plugin may make, granted by {@link Scope#CATALOG_WRITE}. Each change is audited with the plugin as actor. */
public interface CatalogWriter {

    /** Adds {@code tag} to the asset with this qualified name. Unknown assets throw {@link PluginException}. */
    void addTag(String qualifiedName, String tag);

    /** Replaces the description of the asset with this qualified name. Unknown assets throw {@link PluginException}. */
    void describe(String qualifiedName, String description);
}
