package io.custodian.platform.plugins.internal.activation;

import io.custodian.plugin.api.PluginLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A plugin's log: the host's SLF4J log, every line tagged with the plugin id. */
final class HostPluginLog implements PluginLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.custodian.plugin");

    private final String pluginId;

    HostPluginLog(String pluginId) {
        this.pluginId = pluginId;
    }

    @Override
    public void info(String message) {
        LOG.info("[plugin {}] {}", pluginId, message);
    }

    @Override
    public void warn(String message) {
        LOG.warn("[plugin {}] {}", pluginId, message);
    }

    @Override
    public void error(String message, Throwable error) {
        if (error == null) {
            LOG.error("[plugin {}] {}", pluginId, message);
        } else {
            LOG.error("[plugin {}] {}", pluginId, message, error);
        }
    }
}
