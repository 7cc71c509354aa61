package io.custodian.platform.plugin.pf4j;

import com.github.zafarkhaja.semver.Version;
import io.custodian.platform.plugin.pf4j.internal.CustodianPluginManager;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.pf4j.internal.PluginJarReader;
import io.custodian.platform.plugin.pf4j.internal.PluginJarRefusal;
import io.custodian.platform.plugin.runtime.CallLimits;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Custodian plugin jars with PF4J in a plain JVM (the remote scanning agent), each in its own class loader.
 * A jar must carry {@code Plugin-Id} and {@code Plugin-Version} in {@code MANIFEST.MF}, the same id and version in
 * {@code META-INF/custodian-plugin.json}, and list its extensions in {@code META-INF/services/<extension point>}
 * for every kind it declares. Each extension is created, then started with a {@link io.custodian.plugin.api.PluginContext}
 * holding the configuration given for the plugin and the scopes {@link ScopeGrants} grants; the agent offers no
 * catalog or sample service.
 *
 * <p>Plugins run as they run in the platform: every extension handed out is the platform's guarded wrapper
 * ({@link io.custodian.platform.plugin.runtime.GuardedClassifier},
 * {@link io.custodian.platform.plugin.runtime.GuardedConnector},
 * {@link io.custodian.platform.plugin.runtime.GuardedVisualization}) around one
 * {@link io.custodian.platform.plugin.runtime.PluginCallGuard} per plugin. Calls run on the plugin's own threads
 * under the {@link Builder#callLimits call limits}, failures and hangs reach the caller as
 * {@link io.custodian.platform.plugin.runtime.PluginCallException}, and the granted scopes are enforced: a
 * classifier sees sampled values only with {@code samples.read}, a connector connects only with
 * {@code network.connect}. {@link LoadedPlugin#health()} reports each plugin's calls, failures and latency.
 *
 * <p>Keep plugin jars off the class path of the JVM that uses this loader: a plugin's classes must come from its
 * own class loader so unloading it actually releases them. Extensions are read from the jar itself, so a jar that
 * is on the class path anyway is still found once, not twice.
 *
 * <pre>{@code
 * try (Pf4jPluginLoader loader = Pf4jPluginLoader.builder().grants(ScopeGrants.requested()).build()) {
 *     for (LoadedPlugin plugin : loader.loadAll(Path.of("plugins"))) {
 *         plugin.classifiers().forEach(c -> System.out.println(c.describe()));
 *     }
 * }
 * }</pre>
 * Thread-safe; loading and unloading are serialised.
 */
public final class Pf4jPluginLoader implements AutoCloseable {

    /** The platform version plugins are checked against unless the builder says otherwise. */
    public static final String DEFAULT_PLATFORM_VERSION = "0.1.0";

    private static final Logger LOG = LoggerFactory.getLogger(Pf4jPluginLoader.class);

    private final CustodianPluginManager manager;
    private final PluginJarReader jarReader;
    private final PluginStarter starter;
    private final Map<String, LoadedPlugin> loaded = new LinkedHashMap<>();
    private boolean closed;

    private Pf4jPluginLoader(Builder builder) {
        // PF4J wants a plugins root; this loader never scans it, it loads only the jars it is given.
        this.manager = new CustodianPluginManager(Path.of("plugins").toAbsolutePath());
        this.jarReader = new PluginJarReader(builder.platformVersion);
        this.starter = new PluginStarter(builder.grants, builder.configurations, builder.callLimits);
    }

    /** A loader that grants no scopes and gives every plugin an empty configuration. */
    public static Pf4jPluginLoader create() {
        return builder().build();
    }

    /** Starts configuring a loader. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the plugin in {@code jar} and starts its extensions.
     *
     * @throws PluginLoadException when the jar is not a valid plugin (the message says why), a plugin with the same id
     *                             is loaded already, or an extension fails to be created or started; nothing stays loaded then
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized LoadedPlugin load(Path jar) throws PluginLoadException {
        ensureOpen();
        Path file = Objects.requireNonNull(jar, "jar").toAbsolutePath().normalize();
        try {
            return loadChecked(file);
        } catch (PluginJarRefusal refusal) {
            throw new PluginLoadException(file, refusal.getMessage(), refusal.getCause());
        }
    }

    /**
     * Loads every {@code *.jar} directly inside {@code directory}, in file-name order. All or nothing: if one jar is
     * refused, the plugins this call loaded are unloaded again and the refusal is thrown. Load jar by jar with
     * {@link #load} to skip bad ones instead.
     *
     * @return the loaded plugins, in file-name order (empty for a folder without jars)
     * @throws PluginLoadException when {@code directory} is not a readable folder or one of its jars is refused
     */
    public synchronized List<LoadedPlugin> loadAll(Path directory) throws PluginLoadException {
        ensureOpen();
        List<Path> jars = jarsIn(Objects.requireNonNull(directory, "directory"));
        List<LoadedPlugin> result = new ArrayList<>();
        try {
            for (Path jar : jars) {
                result.add(load(jar));
            }
        } catch (PluginLoadException e) {
            result.forEach(p -> unload(p.id()));
            throw e;
        }
        return List.copyOf(result);
    }

    /** The loaded plugin with id {@code pluginId}, if any. */
    public synchronized Optional<LoadedPlugin> plugin(String pluginId) {
        return Optional.ofNullable(loaded.get(pluginId));
    }

    /** The loaded plugins, in load order. */
    public synchronized List<LoadedPlugin> plugins() {
        return List.copyOf(loaded.values());
    }

    /**
     * Stops the plugin's extensions, closes its call guard, unloads it from PF4J and closes its class loader. Its
     * extensions fail every call afterwards with a
     * {@link io.custodian.platform.plugin.runtime.PluginCallException} of kind
     * {@link io.custodian.platform.plugin.runtime.FailureKind#UNAVAILABLE}.
     *
     * @return false if no plugin with that id was loaded
     */
    public synchronized boolean unload(String pluginId) {
        LoadedPlugin plugin = loaded.remove(pluginId);
        if (plugin == null) {
            return false;
        }
        plugin.extensions().stopAll();
        unloadFromPf4j(pluginId);
        LOG.info("Unloaded {}", plugin);
        return true;
    }

    /** Unloads every plugin, newest first. Later loads fail; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        List<String> ids = new ArrayList<>(loaded.keySet());
        for (int i = ids.size() - 1; i >= 0; i--) {
            unload(ids.get(i));
        }
        closed = true;
    }

    private LoadedPlugin loadChecked(Path jar) throws PluginJarRefusal {
        if (!Files.isRegularFile(jar)) {
            throw new PluginJarRefusal("it does not exist or is not a file");
        }
        if (!jar.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
            // PF4J's jar loader takes only files named *.jar.
            throw new PluginJarRefusal("its name does not end with .jar");
        }
        PluginManifest manifest = jarReader.read(jar);
        LoadedPlugin other = loaded.get(manifest.id());
        if (other != null) {
            throw new PluginJarRefusal("a plugin with the id '" + manifest.id() + "' is loaded already, from "
                    + other.jar().getFileName() + "; unload it first");
        }
        loadIntoPf4j(jar, manifest.id());
        try {
            // JarPluginLoader always creates a URLClassLoader over the jar; the services reader needs that type.
            URLClassLoader classLoader = (URLClassLoader) manager.getPluginClassLoader(manifest.id());
            LoadedPlugin plugin = starter.start(jar, manifest, classLoader);
            loaded.put(plugin.id(), plugin);
            LOG.info("Loaded {} with extensions {} and scopes {}", plugin, manifest.kinds(), plugin.grantedScopes());
            return plugin;
        } catch (PluginJarRefusal | RuntimeException e) {
            unloadFromPf4j(manifest.id());
            throw e;
        }
    }

    private void loadIntoPf4j(Path jar, String pluginId) throws PluginJarRefusal {
        try {
            String loadedId = manager.loadPlugin(jar);
            PluginState state = manager.startPlugin(loadedId);
            if (state != PluginState.STARTED) {
                unloadFromPf4j(loadedId);
                throw new PluginJarRefusal("PF4J left the plugin " + state + " instead of STARTED");
            }
        } catch (PluginRuntimeException | IllegalArgumentException e) {
            unloadFromPf4j(pluginId);
            throw new PluginJarRefusal("PF4J cannot load it: " + e.getMessage(), e);
        }
    }

    private void unloadFromPf4j(String pluginId) {
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.warn("PF4J failed to unload plugin {}", pluginId, e);
        }
    }

    private static List<Path> jarsIn(Path directory) throws PluginLoadException {
        if (!Files.isDirectory(directory)) {
            throw new PluginLoadException(directory, "it is not a folder", null);
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PluginLoadException(directory, "the folder cannot be listed: " + e.getMessage(), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the plugin loader is closed");
        }
    }

    /** Configures a {@link Pf4jPluginLoader}. */
    public static final class Builder {

        private ScopeGrants grants = ScopeGrants.none();
        private final Map<String, Map<String, String>> configurations = new HashMap<>();
        private String platformVersion = DEFAULT_PLATFORM_VERSION;
        private CallLimits callLimits = CallLimits.defaults();

        private Builder() {
        }

        /** Which scopes plugins get; {@link ScopeGrants#none()} unless set. */
        public Builder grants(ScopeGrants grants) {
            this.grants = Objects.requireNonNull(grants, "grants");
            return this;
        }

        /** The configuration handed to plugin {@code pluginId}; plugins without one get an empty map. */
        public Builder configuration(String pluginId, Map<String, String> configuration) {
            configurations.put(Objects.requireNonNull(pluginId, "pluginId"), Map.copyOf(configuration));
            return this;
        }

        /** The platform version a plugin's {@code platform} range must include; {@value #DEFAULT_PLATFORM_VERSION} unless set. */
        public Builder platformVersion(String platformVersion) {
            if (!Version.isValid(Objects.requireNonNull(platformVersion, "platformVersion"))) {
                throw new IllegalArgumentException("not a semantic version: " + platformVersion);
            }
            this.platformVersion = platformVersion;
            return this;
        }

        /**
         * How long one call into a plugin may take, how many of its calls run at once, how many may wait and how long
         * an unloading plugin's running calls may finish; {@link CallLimits#defaults()} unless set. Each loaded
         * plugin gets its own {@link io.custodian.platform.plugin.runtime.PluginCallGuard} with these limits.
         */
        public Builder callLimits(CallLimits callLimits) {
            this.callLimits = Objects.requireNonNull(callLimits, "callLimits");
            return this;
        }

        /** The loader. */
        public Pf4jPluginLoader build() {
            return new Pf4jPluginLoader(this);
        }
    }
}
