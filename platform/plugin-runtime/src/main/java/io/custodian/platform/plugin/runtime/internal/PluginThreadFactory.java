package io.custodian.platform.plugin.runtime.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a plugin's worker threads: daemon (a stuck plugin never holds up the JVM's exit), named
 * {@code plugin-<id>-<n>} (so thread dumps say whose code is stuck), with the plugin's class loader as context
 * class loader (libraries inside the plugin that look up resources through it find the plugin's own).
 */
public final class PluginThreadFactory implements ThreadFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PluginThreadFactory.class);

    private final String namePrefix;
    private final ClassLoader contextClassLoader;
    private final AtomicInteger created = new AtomicInteger();

    /**
     * @param pluginId           the plugin's id
     * @param contextClassLoader the plugin's class loader
     */
    public PluginThreadFactory(String pluginId, ClassLoader contextClassLoader) {
        this.namePrefix = "plugin-" + pluginId + "-";
        this.contextClassLoader = contextClassLoader;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(work, namePrefix + created.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(contextClassLoader);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.warn("Plugin worker {} ended with an uncaught {}", t.getName(),
                FailureText.typeName(e)));
        return thread;
    }
}
