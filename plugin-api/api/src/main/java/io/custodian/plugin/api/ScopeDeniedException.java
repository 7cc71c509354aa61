package io.custodian.plugin.api;

/** Thrown by {@link PluginContext} when a plugin reaches for something its granted scopes do not cover. */
public class ScopeDeniedException extends PluginException {

    private static final long serialVersionUID = 1L;

    private final Scope scope;

    /** The plugin {@code pluginId} lacks {@code scope}. */
    public ScopeDeniedException(String pluginId, Scope scope) {
        super("plugin " + pluginId + " was not granted the scope " + scope.id());
        this.scope = scope;
    }

    /** The scope that was missing. */
    public Scope scope() {
        return scope;
    }
}
