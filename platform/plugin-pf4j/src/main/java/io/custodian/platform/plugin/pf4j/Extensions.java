package io.custodian.platform.plugin.pf4j;

import io.custodian.platform.plugin.pf4j.internal.PluginJarRefusal;
import io.custodian.platform.plugin.runtime.GuardedClassifier;
import io.custodian.platform.plugin.runtime.GuardedConnector;
import io.custodian.platform.plugin.runtime.GuardedVisualization;
import io.custodian.platform.plugin.runtime.PluginCallGuard;
import io.custodian.platform.plugin.runtime.PluginHealth;
import io.custodian.plugin.api.PluginContext;
import io.custodian.plugin.api.PluginExtension;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extensions of one loaded plugin, each wrapped by the platform's guarded wrapper around the plugin's one
 * {@link PluginCallGuard}: the loader starts and stops them through it, callers get the same wrappers.
 */
final class Extensions {

    private static final Logger LOG = LoggerFactory.getLogger(Extensions.class);

    /** A guarded extension and the plugin class it wraps (named in refusals and logs). */
    private record Member(String className, PluginExtension guarded) {
    }

    private final PluginCallGuard guard;
    private final Set<Scope> granted;
    private volatile ClassLoader classLoader;
    private volatile boolean loaded = true;
    private final List<Member> created = new ArrayList<>();
    private final List<Member> started = new ArrayList<>();
    private final List<Connector> connectors = new ArrayList<>();
    private final List<Classifier> classifiers = new ArrayList<>();
    private final List<Visualization> visualizations = new ArrayList<>();

    /**
     * @param guard       the plugin's guard; closed by {@link #stopAll()}
     * @param granted     the scopes granted to the plugin, which the wrappers enforce
     * @param classLoader the plugin's class loader
     */
    Extensions(PluginCallGuard guard, Set<Scope> granted, ClassLoader classLoader) {
        this.guard = guard;
        this.granted = Set.copyOf(granted);
        this.classLoader = classLoader;
    }

    /** Adds {@code extension} (created from the plugin's class loader) of kind {@code kind}. */
    void add(PluginKind kind, PluginExtension extension) {
        PluginExtension guarded = switch (kind) {
            case CONNECTOR -> add(connectors, GuardedConnector.wrap((Connector) extension, guard, granted));
            case CLASSIFIER -> add(classifiers, GuardedClassifier.wrap((Classifier) extension, guard, granted));
            case VISUALIZATION -> add(visualizations, GuardedVisualization.wrap((Visualization) extension, guard, granted));
        };
        created.add(new Member(extension.getClass().getName(), guarded));
    }

    private static <T extends PluginExtension> T add(List<? super T> kindList, T guarded) {
        kindList.add(guarded);
        return guarded;
    }

    /** Starts every extension with {@code context}, in the order added; on a failure stops those already started. */
    void startAll(PluginContext context) throws PluginJarRefusal {
        for (Member member : created) {
            try {
                member.guarded().start(context);
            } catch (RuntimeException e) {
                stopAll();
                throw new PluginJarRefusal(member.className() + " failed to start: " + e.getMessage(), e);
            }
            started.add(member);
        }
    }

    /** Stops the started extensions (newest first), then closes the guard so later calls fail. Never throws. */
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Member member = started.get(i);
            try {
                member.guarded().stop();
            } catch (RuntimeException e) {
                // Why only logged: unloading must go on; a plugin that cannot stop cleanly is being removed anyway.
                LOG.warn("Extension {} of plugin {} failed to stop: {}", member.className(), guard.pluginId(), e.getMessage());
            }
        }
        started.clear();
        created.clear();
        loaded = false;
        guard.close();
        classLoader = null;
    }

    boolean isLoaded() {
        return loaded;
    }

    PluginHealth health() {
        return guard.health();
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    List<Connector> connectors() {
        return Collections.unmodifiableList(connectors);
    }

    List<Classifier> classifiers() {
        return Collections.unmodifiableList(classifiers);
    }

    List<Visualization> visualizations() {
        return Collections.unmodifiableList(visualizations);
    }
}
