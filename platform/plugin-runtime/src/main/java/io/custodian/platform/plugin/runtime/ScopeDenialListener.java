package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.Scope;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told whenever a plugin is refused something because it lacks a scope; the host audits it. Called on the
 * thread that was refused, which may be one of the plugin's workers: return quickly and do not throw
 * (an exception is logged and otherwise ignored).
 */
@ConsumerType
@FunctionalInterface
public interface ScopeDenialListener {

    /**
     * Plugin {@code pluginId} was refused {@code operation} because it was not granted {@code scope}.
     *
     * @param pluginId  the plugin's id
     * @param scope     the scope it lacked
     * @param operation what it tried, for example {@code samples} or {@code testConnection}
     */
    void denied(String pluginId, Scope scope, String operation);

    /** A listener that ignores denials (they are still refused and logged). */
    static ScopeDenialListener none() {
        return (pluginId, scope, operation) -> {
        };
    }
}
