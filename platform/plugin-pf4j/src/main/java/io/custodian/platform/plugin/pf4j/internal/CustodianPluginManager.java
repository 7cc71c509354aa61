package io.custodian.platform.plugin.pf4j.internal;

import java.nio.file.Path;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginStatusProvider;
import org.pf4j.RuntimeMode;

/**
 * PF4J's {@link JarPluginManager} (plugin id and version from {@code MANIFEST.MF}, one class loader per jar),
 * pinned down so the agent behaves the same wherever it runs.
 */
public final class CustodianPluginManager extends JarPluginManager {

    /**
     * A manager that loads only the jars it is given. {@code notUsedPluginsRoot} satisfies PF4J's constructor;
     * nothing is read from it because {@code loadPlugins()} (directory scanning) is never called.
     */
    public CustodianPluginManager(Path notUsedPluginsRoot) {
        super(notUsedPluginsRoot);
    }

    /**
     * Always deployment mode: PF4J reads {@code -Dpf4j.mode=development} and would then look for
     * {@code target/classes} folders instead of jars, which an agent never wants.
     */
    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    /**
     * Every plugin is enabled. PF4J's default reads {@code enabled.txt}/{@code disabled.txt} from the plugins
     * root (the working directory's {@code plugins} folder unless configured), so a stray file there could
     * silently disable a plugin the caller asked to load.
     */
    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
                throw new UnsupportedOperationException("plugins are unloaded, not disabled, in the agent");
            }

            @Override
            public void enablePlugin(String pluginId) {
                // every plugin is enabled already
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new ApiFirstJarPluginLoader(this));
    }

    /** PF4J's jar loader, handing out {@link ApiFirstPluginClassLoader}s. */
    private static final class ApiFirstJarPluginLoader extends JarPluginLoader {

        ApiFirstJarPluginLoader(CustodianPluginManager manager) {
            super(manager);
        }

        @Override
        public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor pluginDescriptor) {
            ApiFirstPluginClassLoader loader = new ApiFirstPluginClassLoader(pluginManager, pluginDescriptor,
                    CustodianPluginManager.class.getClassLoader());
            loader.addFile(pluginPath.toFile());
            return loader;
        }
    }
}
