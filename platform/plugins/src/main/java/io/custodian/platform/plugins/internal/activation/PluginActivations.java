package io.custodian.platform.plugins.internal.activation;

import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.plugin.runtime.CallLimits;
import io.custodian.platform.plugin.runtime.GuardedClassifier;
import io.custodian.platform.plugin.runtime.GuardedConnector;
import io.custodian.platform.plugin.runtime.GuardedVisualization;
import io.custodian.platform.plugin.runtime.PlatformServices;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.platform.plugin.runtime.PluginHealth;
import io.custodian.platform.plugin.runtime.ScopedPluginContext;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which plugins' extensions are in use. A plugin's extensions are in use exactly while its classes
 * are available (its bundle is active) and its record says it should run (STARTED with every
 * requested scope granted, same version): {@link #available}/{@link #unavailable} report the first,
 * {@link #sync} re-reads the second after the lifecycle changed a record.
 *
 * <p>Activating creates one {@link PluginCallGuard} for the plugin, creates and starts each
 * extension listed in the jar's services files through it, with a {@link ScopedPluginContext}, and
 * keeps only the guarded wrappers for the platform. An extension that cannot be loaded or started
 * is left out (and counted in the plugin's health); the others still run.
 */
public final class PluginActivations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginActivations.class);

    private final Function<String, Optional<StoredPlugin>> records;
    private final Supplier<CallLimits> limits;
    private final Clock clock;
    private final ScopeDenialAudit denials;
    private final Supplier<PlatformServices> services;
    private final Map<String, ExtensionSource> sources = new ConcurrentHashMap<>();
    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
    // The health of a plugin's last guard, so failures stay visible after it stopped.
    private final Map<String, PluginHealth> lastHealth = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * @param records  the stored record of a plugin id
     * @param limits   time limit and concurrency of each plugin's calls, read at each activation
     * @param services what the platform offers plugins through their context
     */
    public PluginActivations(Function<String, Optional<StoredPlugin>> records, Supplier<CallLimits> limits, Clock clock,
                             AuditService audit, Supplier<PlatformServices> services) {
        this.records = records;
        this.limits = limits;
        this.clock = clock;
        this.denials = new ScopeDenialAudit(audit);
        this.services = services;
    }

    /** The classes of plugin {@code id} can be used now (its bundle started). */
    public void available(String id, ExtensionSource source) {
        sources.put(id, source);
        sync(id);
    }

    /** The classes of plugin {@code id} from {@code source} are going away (its bundle is stopping). */
    public void unavailable(String id, ExtensionSource source) {
        synchronized (lock(id)) {
            if (sources.remove(id, source)) {
                deactivate(id);
            }
        }
    }

    /** Brings the extensions of {@code id} in line with its record: starts, restarts or stops them. */
    public void sync(String id) {
        synchronized (lock(id)) {
            Optional<StoredPlugin> wanted;
            try {
                wanted = records.apply(id).filter(StoredPlugin::shouldRun);
            } catch (RuntimeException e) {
                // Without the record nobody can say the plugin was granted what it needs: keep it off.
                LOG.error("Could not read the record of plugin {}; its extensions stay off", id, e);
                wanted = Optional.empty();
            }
            ExtensionSource source = sources.get(id);
            ActivePlugin current = active.get(id);
            boolean runnable = wanted.isPresent() && source != null && source.version().equals(wanted.get().version());
            if (!runnable) {
                if (current != null) {
                    deactivate(id);
                }
                return;
            }
            StoredPlugin plugin = wanted.get();
            if (current != null && current.runs(plugin.version(), plugin.granted())) {
                return;
            }
            if (current != null) {
                deactivate(id);
            }
            active.put(id, activate(plugin, source));
        }
    }

    /** Whether the extensions of {@code id} are in use. */
    public boolean isActive(String id) {
        return active.containsKey(id);
    }

    /** Calls, failures and latency of {@code id}: of its running guard, else of its last one. */
    public Optional<PluginHealth> health(String id) {
        ActivePlugin plugin = active.get(id);
        return plugin != null ? Optional.of(plugin.guard().health()) : Optional.ofNullable(lastHealth.get(id));
    }

    /** Guarded classifiers of every active plugin. */
    public List<Classifier> classifiers() {
        return active.values().stream().flatMap(p -> p.classifiers().stream()).toList();
    }

    /** The guarded connector serving source type {@code typeId}, if an active plugin has one. */
    public Optional<Connector> connector(String typeId) {
        return active.values().stream().map(p -> p.connectors().get(typeId)).filter(c -> c != null).findFirst();
    }

    /** Guarded connectors of every active plugin; where two serve one type, the one {@link #connector} answers. */
    public List<Connector> connectors() {
        Map<String, Connector> byType = new LinkedHashMap<>();
        active.values().forEach(p -> p.connectors().forEach(byType::putIfAbsent));
        return List.copyOf(byType.values());
    }

    /** Guarded visualizations of every active plugin. */
    public List<Visualization> visualizations() {
        return active.values().stream().flatMap(p -> p.visualizations().stream()).toList();
    }

    /** Forgets what {@code id} ran, health included (after an uninstall). */
    public void forget(String id) {
        synchronized (lock(id)) {
            deactivate(id);
            lastHealth.remove(id);
        }
    }

    /** Stops every active plugin's extensions; records are left as they are. */
    @Override
    public void close() {
        for (String id : List.copyOf(active.keySet())) {
            synchronized (lock(id)) {
                deactivate(id);
            }
        }
        sources.clear();
    }

    private ActivePlugin activate(StoredPlugin plugin, ExtensionSource source) {
        PluginCallGuard guard = Guards.create(plugin.id(), limits.get(), clock, source.classLoader(), denials);
        ScopedPluginContext context = Contexts.create(plugin, services.get(), denials, new HostPluginLog(plugin.id()));
        List<PluginExtension> started = new ArrayList<>();
        List<Classifier> classifiers = new ArrayList<>();
        Map<String, Connector> connectors = new LinkedHashMap<>();
        List<Visualization> visualizations = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            if (!plugin.kinds().contains(kind)) {
                continue;
            }
            for (String className : source.extensionClassNames(kind)) {
                Optional<PluginExtension> extension = start(plugin.id(), kind, className, source, guard, context);
                if (extension.isEmpty()) {
                    continue;
                }
                started.add(extension.get());
                switch (kind) {
                    case CLASSIFIER -> classifiers.add(GuardedClassifier.wrap((Classifier) extension.get(), guard,
                            plugin.granted()));
                    case VISUALIZATION -> visualizations.add(GuardedVisualization.wrap(
                            (Visualization) extension.get(), guard, plugin.granted()));
                    case CONNECTOR -> {
                        Connector connector = GuardedConnector.wrap((Connector) extension.get(), guard,
                                plugin.granted());
                        typeId(plugin.id(), className, connector).ifPresent(type -> connectors.put(type, connector));
                    }
                }
            }
        }
        LOG.info("Plugin {} {} started with {} extension(s)", plugin.id(), plugin.version(), started.size());
        return new ActivePlugin(plugin.id(), plugin.version(), plugin.granted(), guard, started, classifiers, connectors,
                visualizations);
    }

    private Optional<PluginExtension> start(String id, PluginKind kind, String className, ExtensionSource source,
                                            PluginCallGuard guard, ScopedPluginContext context) {
        try {
            // Through the guard: a static initializer or constructor that hangs or throws must not hang the host.
            PluginExtension extension = guard.call("create " + className, () -> create(kind, className, source));
            guard.call("start " + className, () -> {
                extension.start(context);
                return null;
            });
            return Optional.of(extension);
        } catch (PluginCallException e) {
            LOG.warn("Plugin {}: extension {} left out: {}", id, className, e.getMessage());
            return Optional.empty();
        }
    }

    private static PluginExtension create(PluginKind kind, String className, ExtensionSource source) throws Exception {
        Class<?> type = source.loadClass(className);
        if (!kind.extensionPoint().isAssignableFrom(type)) {
            throw new IllegalStateException(className + " is listed as a " + kind.id() + " but does not implement "
                    + kind.extensionPoint().getName());
        }
        return kind.extensionPoint().cast(type.getConstructor().newInstance());
    }

    private static Optional<String> typeId(String id, String className, Connector connector) {
        try {
            return Optional.of(connector.describe().typeId());
        } catch (RuntimeException e) {
            LOG.warn("Plugin {}: connector {} left out, describe() failed: {}", id, className, e.getMessage());
            return Optional.empty();
        }
    }

    private void deactivate(String id) {
        ActivePlugin plugin = active.remove(id);
        if (plugin == null) {
            return;
        }
        for (PluginExtension extension : plugin.started()) {
            try {
                plugin.guard().call("stop " + extension.getClass().getName(), () -> {
                    extension.stop();
                    return null;
                });
            } catch (PluginCallException e) {
                LOG.warn("Plugin {}: stopping {} failed: {}", id, extension.getClass().getName(), e.getMessage());
            }
        }
        plugin.guard().close();
        lastHealth.put(id, plugin.guard().health());
        LOG.info("Plugin {} {} stopped", id, plugin.version());
    }

    private Object lock(String id) {
        return locks.computeIfAbsent(id, key -> new Object());
    }
}
