package io.custodian.platform.plugin.pf4j;

import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugin.runtime.PluginHealth;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A plugin jar loaded by {@link Pf4jPluginLoader}, its extensions started. The extensions handed out here are the
 * platform's guarded wrappers: each call runs on one of the plugin's own worker threads (whose context class loader
 * is the plugin's class loader) within the loader's {@link io.custodian.platform.plugin.runtime.CallLimits}, and
 * anything that goes wrong, a hang included, is thrown as a {@link PluginCallException}.
 *
 * <p>After the plugin is unloaded (or the loader closed), every call on its extensions, sessions and streams fails
 * at once with a {@link PluginCallException} of kind {@link FailureKind#UNAVAILABLE} instead of reaching code whose
 * class loader is closed; closing a session or stream of an unloaded plugin is quiet. A {@code describe()} answered
 * while the plugin was loaded keeps its answer (the wrappers remember the first description). The loader starts
 * and stops the extensions itself: callers do not call {@code start} or {@code stop} on them. Thread-safe.
 */
public final class LoadedPlugin {

    private final Path jar;
    private final PluginManifest manifest;
    private final Set<Scope> grantedScopes;
    private final Extensions extensions;

    LoadedPlugin(Path jar, PluginManifest manifest, Set<Scope> grantedScopes, Extensions extensions) {
        this.jar = jar;
        this.manifest = manifest;
        this.grantedScopes = Set.copyOf(grantedScopes);
        this.extensions = extensions;
    }

    /** The plugin id ({@code Plugin-Id}, equal to the id in {@code META-INF/custodian-plugin.json}). */
    public String id() {
        return manifest.id();
    }

    /** The plugin version ({@code Plugin-Version}, equal to the version in the manifest). */
    public String version() {
        return manifest.version();
    }

    /** The plugin's display name from its manifest. */
    public String name() {
        return manifest.name();
    }

    /** The whole of the plugin's {@code META-INF/custodian-plugin.json} (vendor, description, configuration schema...). */
    public PluginManifest manifest() {
        return manifest;
    }

    /** The jar the plugin was loaded from. */
    public Path jar() {
        return jar;
    }

    /** The kinds of extension the manifest declares. */
    public Set<PluginKind> kinds() {
        return manifest.kinds();
    }

    /** The scopes the manifest requests. */
    public Set<Scope> requestedScopes() {
        return manifest.scopes();
    }

    /** The scopes the plugin holds: those granted by the loader's {@link ScopeGrants}, within {@link #requestedScopes()}. */
    public Set<Scope> grantedScopes() {
        return grantedScopes;
    }

    /** The plugin's connectors, started; empty unless it declares the kind {@code connector}. */
    public List<Connector> connectors() {
        return extensions.connectors();
    }

    /** The plugin's classifiers, started; empty unless it declares the kind {@code classifier}. */
    public List<Classifier> classifiers() {
        return extensions.classifiers();
    }

    /** The plugin's visualizations, started; empty unless it declares the kind {@code visualization}. */
    public List<Visualization> visualizations() {
        return extensions.visualizations();
    }

    /** Whether the plugin is still loaded (its extensions callable). */
    public boolean isLoaded() {
        return extensions.isLoaded();
    }

    /**
     * The plugin's calls so far: counts, failures (the last one described), timeouts, latency and whether it accepts
     * calls. After unloading it shows the final figures, {@code available} false.
     */
    public PluginHealth health() {
        return extensions.health();
    }

    /** The plugin's class loader, for tests that check it is closed on unload. */
    ClassLoader classLoader() {
        return extensions.classLoader();
    }

    Extensions extensions() {
        return extensions;
    }

    @Override
    public String toString() {
        return "plugin " + id() + " " + version() + " (" + jar.getFileName() + ")";
    }
}
