package io.custodian.plugin.api;

/**
 * What every extension (connector, classifier, visualization) has in common: the host starts it with
 * its {@link PluginContext} before the first call and stops it before the plugin is stopped, updated
 * or uninstalled. Both have empty defaults, so a stateless extension implements neither.
 */
public interface PluginExtension {

    /**
     * Called once before any other call. Keep the context if the extension needs the catalog, samples or
     * its configuration later. Must return quickly; the host applies the same time limit as to any call.
     *
     * @param context what this plugin may use, limited to the scopes an administrator granted
     */
    default void start(PluginContext context) {
    }

    /** Called once when the plugin stops; release what {@link #start} acquired. Calls may still be finishing. */
    default void stop() {
    }
}
