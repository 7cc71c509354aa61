package io.custodian.platform.plugin.pf4j.internal;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * PF4J's plugin-first class loader, except for the Custodian plugin API, which always comes from the host.
 *
 * <p>Why: PF4J looks in the plugin jar first (strategy PDA) so each plugin may bundle its own libraries. A jar
 * that also bundles a copy of {@code io.custodian.plugin.api} (a forgotten {@code provided} scope) would then
 * define its own {@code Classifier} interface, and its extensions would not be the host's {@code Classifier}.
 * Taking the API from the host makes such a jar work the same way it does in the OSGi host, where the API
 * package is imported.
 */
final class ApiFirstPluginClassLoader extends PluginClassLoader {

    private static final String PLUGIN_API_PREFIX = "io.custodian.plugin.api.";

    ApiFirstPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (className.startsWith(PLUGIN_API_PREFIX)) {
            return getParent().loadClass(className);
        }
        return super.loadClass(className);
    }
}
