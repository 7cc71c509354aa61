package io.custodian.platform.plugin.runtime.internal;

import io.custodian.plugin.api.PluginLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin's log written through SLF4J, each line prefixed with the plugin id. Lines are flattened to one line and
 * cut at {@link #MAX_LINE_CHARS} so a plugin cannot forge log entries or flood the log with one call.
 */
public final class Slf4jPluginLog implements PluginLog {

    /** The longest line a plugin can write. */
    public static final int MAX_LINE_CHARS = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger("io.custodian.plugin");

    private final String pluginId;

    /** A log for plugin {@code pluginId}. */
    public Slf4jPluginLog(String pluginId) {
        this.pluginId = pluginId;
    }

    @Override
    public void info(String message) {
        LOG.info("[plugin {}] {}", pluginId, FailureText.oneLine(message, MAX_LINE_CHARS));
    }

    @Override
    public void warn(String message) {
        LOG.warn("[plugin {}] {}", pluginId, FailureText.oneLine(message, MAX_LINE_CHARS));
    }

    @Override
    public void error(String message, Throwable error) {
        if (error == null) {
            LOG.error("[plugin {}] {}", pluginId, FailureText.oneLine(message, MAX_LINE_CHARS));
        } else {
            LOG.error("[plugin {}] {}", pluginId, FailureText.oneLine(message, MAX_LINE_CHARS), error);
        }
    }
}
