package io.custodian.platform.plugin.pf4j;

import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A plugin jar loaded by {@link Pf4jPluginLoader}, its extensions started. The extensions handed out here stay
 * usable until the plugin is unloaded; after that every call on them throws
 * {@link io.custodian.plugin.api.PluginException} saying the plugin is unloaded. Calls run with the plugin's class
 * loader as the thread's context class loader. Thread-safe.
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
