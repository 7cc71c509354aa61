package io.custodian.platform.plugins.internal.activation;

import io.custodian.platform.plugin.runtime.CallLimits;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.platform.plugin.runtime.ScopeDenialListener;
import java.time.Clock;

/** Creates the one call guard of a started plugin. */
final class Guards {

    private Guards() {
    }

    static PluginCallGuard create(String pluginId, CallLimits limits, Clock clock, ClassLoader pluginLoader,
                                  ScopeDenialListener denials) {
        return new PluginCallGuard(pluginId, limits, clock, pluginLoader, denials);
    }
}
