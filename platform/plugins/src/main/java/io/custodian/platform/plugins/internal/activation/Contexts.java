package io.custodian.platform.plugins.internal.activation;

import io.custodian.platform.plugin.runtime.PlatformServices;
import io.custodian.platform.plugin.runtime.ScopeDenialListener;
import io.custodian.platform.plugin.runtime.ScopedPluginContext;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.plugin.api.PluginLog;
import java.util.Map;

/** Creates the {@link ScopedPluginContext} a started plugin's extensions receive. */
final class Contexts {

    private Contexts() {
    }

    /** Plugin settings are not configurable yet: every plugin gets an empty configuration. */
    static ScopedPluginContext create(StoredPlugin plugin, PlatformServices services, ScopeDenialListener denials,
                                      PluginLog log) {
        return new ScopedPluginContext(plugin.id(), plugin.version(), plugin.granted(), Map.of(), services, denials,
                log);
    }
}
