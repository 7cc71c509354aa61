package io.custodian.platform.plugin.pf4j;

import io.custodian.platform.plugin.pf4j.internal.ExtensionInstantiator;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.pf4j.internal.PluginJarRefusal;
import io.custodian.platform.plugin.pf4j.internal.ServiceFileReader;
import io.custodian.platform.plugin.runtime.CallLimits;
import io.custodian.platform.plugin.runtime.PlatformServices;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.platform.plugin.runtime.ScopeDenialListener;
import io.custodian.platform.plugin.runtime.ScopedPluginContext;
import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a plugin that PF4J has loaded into a {@link LoadedPlugin}: grants scopes, creates the extensions its
 * services files list for each declared kind, wraps them in the platform's guarded wrappers around one
 * {@link PluginCallGuard} for the plugin (its workers' context class loader is the plugin's class loader) and
 * starts them, through the guard, with the agent's context.
 *
 * <p>Why the services files are read here and not by PF4J's {@code ServiceProviderExtensionFinder} (checked against
 * PF4J 3.14.1 in {@code Pf4jBehaviourTest}): that finder needs neither {@code @Extension} nor {@code ExtensionPoint},
 * but it lists the folder {@code META-INF/services} and so finds nothing in a jar written without directory entries,
 * it pours the services files of all extension points into one set (a class listed as a visualization is handed out
 * as a classifier if it implements both), and asked without a plugin id it adds the host class path's services files,
 * which is how an extension on both the class path and in a plugin jar is found twice.
 */
final class PluginStarter {

    private static final Logger LOG = LoggerFactory.getLogger(PluginStarter.class);

    /** The agent has no audit trail of its own; a refused scope is logged where the operator sees it. */
    private static final ScopeDenialListener LOGGING_DENIALS = (pluginId, scope, operation) ->
            LOG.warn("Plugin {} was refused {}: the scope {} is not granted", pluginId, operation, scope);

    private final ScopeGrants grants;
    private final Map<String, Map<String, String>> configurations;
    private final CallLimits limits;

    PluginStarter(ScopeGrants grants, Map<String, Map<String, String>> configurations, CallLimits limits) {
        this.grants = grants;
        this.configurations = Map.copyOf(configurations);
        this.limits = limits;
    }

    /** The started plugin described by {@code manifest}, whose classes {@code classLoader} loads from {@code jar}. */
    LoadedPlugin start(Path jar, PluginManifest manifest, URLClassLoader classLoader) throws PluginJarRefusal {
        Set<Scope> granted = grantedScopes(manifest);
        PluginCallGuard guard = new PluginCallGuard(manifest.id(), limits, Clock.systemUTC(), classLoader, LOGGING_DENIALS);
        Extensions extensions = new Extensions(guard, granted, classLoader);
        try {
            addExtensions(manifest, classLoader, extensions);
        } catch (PluginJarRefusal | RuntimeException e) {
            guard.close();
            throw e;
        }
        extensions.startAll(agentContext(manifest, granted));
        return new LoadedPlugin(jar, manifest, granted, extensions);
    }

    private static void addExtensions(PluginManifest manifest, URLClassLoader classLoader, Extensions extensions)
            throws PluginJarRefusal {
        for (PluginKind kind : PluginKind.values()) {
            List<String> classNames = listedClasses(classLoader, kind);
            if (!manifest.kinds().contains(kind)) {
                if (!classNames.isEmpty()) {
                    LOG.warn("Plugin {} lists {} classes {} but does not declare the kind in its manifest; they are ignored",
                            manifest.id(), kind, classNames);
                }
                continue;
            }
            if (classNames.isEmpty()) {
                throw new PluginJarRefusal("it declares the kind " + kind + " but META-INF/services/"
                        + kind.extensionPoint().getName() + " lists no class");
            }
            for (String className : classNames) {
                extensions.add(kind, createExtension(classLoader, className, kind.extensionPoint()));
            }
        }
    }

    private static List<String> listedClasses(URLClassLoader classLoader, PluginKind kind) throws PluginJarRefusal {
        try {
            return ServiceFileReader.classNames(classLoader, kind.extensionPoint());
        } catch (IOException e) {
            throw new PluginJarRefusal("its META-INF/services/" + kind.extensionPoint().getName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static PluginExtension createExtension(ClassLoader classLoader, String className,
                                                   Class<? extends PluginExtension> extensionPoint) throws PluginJarRefusal {
        // Why the context class loader: static initialisers of plugin classes may look up their own libraries through it.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return ExtensionInstantiator.create(classLoader, className, extensionPoint);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The platform's scoped context with what the agent has: configuration and granted scopes, but no catalog and no
     * stored samples (the agent sends what it scans to the platform). An ungranted catalog or samples call is refused
     * with ScopeDeniedException and logged; a granted one fails with a PluginException saying the catalog is not installed.
     */
    private PluginContext agentContext(PluginManifest manifest, Set<Scope> granted) {
        return new ScopedPluginContext(manifest.id(), manifest.version(), granted,
                configurations.getOrDefault(manifest.id(), Map.of()), PlatformServices.none(), LOGGING_DENIALS, null);
    }

    /** What {@link ScopeGrants} grants, cut down to what the manifest requests. */
    private Set<Scope> grantedScopes(PluginManifest manifest) {
        Set<Scope> granted = EnumSet.noneOf(Scope.class);
        Set<Scope> answer = grants.grant(manifest.id(), manifest.scopes());
        if (answer != null) {
            granted.addAll(answer);
        }
        granted.retainAll(manifest.scopes());
        return granted;
    }
}
