package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.plugin.api.PluginException;
import java.util.function.Supplier;

/**
 * The way into one loaded plugin's code. While the plugin is loaded, a call runs with the plugin's class loader
 * as the thread's context class loader (libraries inside the plugin that use {@link java.util.ServiceLoader} or
 * {@code Class.forName} on it then find their own classes). Once the plugin is unloaded every call fails at once
 * with a {@link PluginException} instead of reaching code whose class loader is closed, where the failure would
 * be a confusing {@link NoClassDefFoundError} on whichever class had not been loaded yet.
 */
public final class PluginGate {

    private final String pluginId;
    private volatile ClassLoader pluginLoader;

    /** A gate, open, into the plugin {@code pluginId} loaded by {@code pluginLoader}. */
    public PluginGate(String pluginId, ClassLoader pluginLoader) {
        this.pluginId = pluginId;
        this.pluginLoader = pluginLoader;
    }

    /** The plugin's id. */
    public String pluginId() {
        return pluginId;
    }

    /** Whether the plugin is still loaded. */
    public boolean isOpen() {
        return pluginLoader != null;
    }

    /** Closes the gate for good; calls in flight finish, later ones fail. Drops the class loader so it can be collected. */
    public void close() {
        pluginLoader = null;
    }

    /** Runs {@code body}, plugin code, as the operation {@code operation}. */
    public <R> R call(String operation, Supplier<R> body) {
        ClassLoader loader = pluginLoader;
        if (loader == null) {
            throw unloaded(operation);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return body.get();
        } catch (LinkageError e) {
            // Why: a class the call needed could not be loaded. Reported as a plugin failure so callers
            // handle one exception type, and named as unloading when that is what happened mid-call.
            String cause = isOpen() ? "a class it needs cannot be loaded: " : "it was unloaded during the call: ";
            throw new PluginException("plugin " + pluginId + " failed in " + operation + ", " + cause + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs {@code body}, plugin code without a result, as the operation {@code operation}. */
    public void run(String operation, Runnable body) {
        call(operation, () -> {
            body.run();
            return null;
        });
    }

    /** The failure of a call after unloading. */
    public PluginException unloaded(String operation) {
        return new PluginException("plugin " + pluginId + " is unloaded; " + operation + " cannot be called any more");
    }
}
