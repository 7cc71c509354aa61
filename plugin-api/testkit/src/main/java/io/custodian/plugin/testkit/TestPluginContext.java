package io.custodian.plugin.testkit;

import io.custodian.plugin.api.CatalogAsset;
import io.custodian.plugin.api.CatalogReader;
import io.custodian.plugin.api.CatalogWriter;
import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginException;
import io.custodian.plugin.api.PluginLog;
import io.custodian.plugin.api.SampleReader;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.ScopeDeniedException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link PluginContext} for tests, enforcing scopes the way the host does: an accessor whose
 * scope was not granted throws {@link ScopeDeniedException}. The catalog and the sampled values are maps
 * a test fills; catalog writes and log lines are recorded so a test can assert on them. Thread-safe.
 *
 * <pre>{@code
 * TestPluginContext context = TestPluginContext.granting(Scope.CATALOG_READ)
 *         .withConfiguration(Map.of("threshold", "0.7"))
 *         .withAsset(new CatalogAsset("postgres://db:5432/sales.public.customer", "table", Map.of(), List.of()));
 * }</pre>
 */
public final class TestPluginContext implements PluginContext {

    private final String pluginId;
    private final String pluginVersion;
    private final Set<Scope> granted;
    private final Map<String, String> configuration;
    private final Map<String, CatalogAsset> assets = new ConcurrentHashMap<>();
    private final Map<String, List<String>> samples = new ConcurrentHashMap<>();
    private final List<String> catalogChanges = new CopyOnWriteArrayList<>();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final List<Scope> denials = new CopyOnWriteArrayList<>();

    private TestPluginContext(String pluginId, String pluginVersion, Set<Scope> granted, Map<String, String> configuration) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.granted = Set.copyOf(granted);
        this.configuration = Map.copyOf(configuration);
    }

    /** A context for plugin {@code contract-test} 0.0.0 with these scopes granted and an empty configuration. */
    public static TestPluginContext granting(Scope... scopes) {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        set.addAll(List.of(scopes));
        return new TestPluginContext("contract-test", "0.0.0", set, Map.of());
    }

    /** A copy naming another plugin id and version. */
    public TestPluginContext forPlugin(String id, String version) {
        return copy(new TestPluginContext(id, version, granted, configuration));
    }

    /** A copy with this configuration instead of the current one. */
    public TestPluginContext withConfiguration(Map<String, String> newConfiguration) {
        return copy(new TestPluginContext(pluginId, pluginVersion, granted, newConfiguration));
    }

    /** Adds an asset that {@link #catalog()} will find by its qualified name; returns this context. */
    public TestPluginContext withAsset(CatalogAsset asset) {
        assets.put(asset.qualifiedName(), asset);
        return this;
    }

    /** Adds the sampled values {@link #samples()} returns for a column; returns this context. */
    public TestPluginContext withSamples(String columnQualifiedName, List<String> values) {
        samples.put(columnQualifiedName, List.copyOf(values));
        return this;
    }

    private TestPluginContext copy(TestPluginContext target) {
        target.assets.putAll(assets);
        target.samples.putAll(samples);
        return target;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public String pluginVersion() {
        return pluginVersion;
    }

    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    @Override
    public Set<Scope> grantedScopes() {
        return granted;
    }

    @Override
    public CatalogReader catalog() {
        require(Scope.CATALOG_READ);
        return qualifiedName -> Optional.ofNullable(assets.get(qualifiedName));
    }

    @Override
    public CatalogWriter catalogWriter() {
        require(Scope.CATALOG_WRITE);
        return new CatalogWriter() {
            @Override
            public void addTag(String qualifiedName, String tag) {
                known(qualifiedName);
                catalogChanges.add("tag " + qualifiedName + " " + tag);
            }

            @Override
            public void describe(String qualifiedName, String description) {
                known(qualifiedName);
                catalogChanges.add("describe " + qualifiedName + " " + description);
            }
        };
    }

    @Override
    public SampleReader samples() {
        require(Scope.SAMPLES_READ);
        return (column, max) -> {
            List<String> values = samples.getOrDefault(column, List.of());
            return List.copyOf(values.subList(0, Math.min(Math.max(max, 0), values.size())));
        };
    }

    @Override
    public PluginLog log() {
        return new PluginLog() {
            @Override
            public void info(String message) {
                logLines.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                logLines.add("WARN " + message);
            }

            @Override
            public void error(String message, Throwable error) {
                logLines.add("ERROR " + message + (error == null ? "" : " (" + error + ")"));
            }
        };
    }

    /** Changes made through {@link #catalogWriter()}, as {@code "tag <name> <tag>"} or {@code "describe <name> <text>"}. */
    public List<String> catalogChanges() {
        return new ArrayList<>(catalogChanges);
    }

    /** Lines written to {@link #log()}, each prefixed with its level. */
    public List<String> logLines() {
        return new ArrayList<>(logLines);
    }

    /** Scopes the plugin reached for without having been granted them, in order. */
    public List<Scope> denials() {
        return new ArrayList<>(denials);
    }

    private void require(Scope scope) {
        if (!granted.contains(scope)) {
            denials.add(scope);
            throw new ScopeDeniedException(pluginId, scope);
        }
    }

    private void known(String qualifiedName) {
        if (!assets.containsKey(qualifiedName)) {
            throw new PluginException("no catalog asset named " + qualifiedName);
        }
    }
}
