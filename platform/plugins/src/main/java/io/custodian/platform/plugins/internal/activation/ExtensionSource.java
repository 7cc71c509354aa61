package io.custodian.platform.plugins.internal.activation;

import io.custodian.plugin.api.PluginKind;
import java.util.List;

/**
 * Where a plugin's extension classes come from: in OSGi, the plugin's started bundle. Kept apart
 * from the bundle so the activation logic runs (and is tested) without a framework.
 */
public interface ExtensionSource {

    /** The plugin version the classes belong to (from the jar's own manifest). */
    String version();

    /** The class names listed in the jar's {@code META-INF/services/<extension point>} file for {@code kind}. */
    List<String> extensionClassNames(PluginKind kind);

    /** Loads a class of the plugin. */
    Class<?> loadClass(String name) throws ClassNotFoundException;

    /** The plugin's class loader, made the context class loader of the threads that call it. */
    ClassLoader classLoader();
}
