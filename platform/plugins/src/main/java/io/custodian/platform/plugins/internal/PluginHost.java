package io.custodian.platform.plugins.internal;

import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.plugin.packaging.MarketplaceSources;
import io.custodian.platform.plugin.packaging.TrustedPublishers;
import io.custodian.platform.plugin.runtime.PlatformServices;
import io.custodian.platform.plugins.api.InstalledPlugin;
import io.custodian.platform.plugins.api.PluginRegistry;
import io.custodian.platform.plugins.internal.activation.PluginActivations;
import io.custodian.platform.plugins.internal.files.PluginFiles;
import io.custodian.platform.plugins.internal.lifecycle.DeployPickup;
import io.custodian.platform.plugins.internal.lifecycle.HostParts;
import io.custodian.platform.plugins.internal.lifecycle.PluginAudit;
import io.custodian.platform.plugins.internal.lifecycle.PluginLifecycle;
import io.custodian.platform.plugins.internal.lifecycle.Reconciler;
import io.custodian.platform.plugins.internal.marketplace.FirstStartInstalls;
import io.custodian.platform.plugins.internal.marketplace.MarketplaceService;
import io.custodian.platform.plugins.internal.osgi.PluginBundleTracker;
import io.custodian.platform.plugins.internal.osgi.PluginBundles;
import io.custodian.platform.plugins.internal.store.PluginStore;
import io.custodian.platform.plugins.internal.upload.PluginUploads;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.visualization.Visualization;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin host: owns the plugin table, the kept jars, the bundle tracker and the activations,
 * and offers the {@link PluginRegistry}. The REST resources and shell commands reach the lifecycle,
 * marketplace and uploads through it. On activation it reconciles the store with the framework on
 * its own thread and then, on the first start only, installs the {@code installOnFirstStart}
 * plugins from the marketplaces. A configuration change takes effect for the next operation (and
 * the next plugin start, for the call timeout) without restarting any plugin.
 */
@Component(service = {PluginRegistry.class, PluginHost.class}, immediate = true, configurationPid = PluginsConfig.PID)
@Designate(ocd = PluginsConfig.class)
public class PluginHost implements PluginRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private volatile PluginSettings settings;
    private final PluginActivations activations;
    private final HostRegistry registry;
    private final PluginLifecycle lifecycle;
    private final MarketplaceService marketplace;
    private final PluginUploads uploads;
    private final ExecutorService hostThread;
    private final PluginBundleTracker tracker;

    @Activate
    public PluginHost(BundleContext context, @Reference SchemaMigrator migrator,
                      @Reference(target = "(osgi.unit.name=" + PluginStore.PERSISTENCE_UNIT + ")")
                      EntityManagerFactory emf,
                      @Reference AuditService audit, PluginsConfig config) {
        settings = settings(config);
        migrator.migrate(context.getBundle(), PluginStore.UNIT);
        PluginStore store = new PluginStore(emf);
        Path root = dataRoot(context);
        Path incoming = root.resolveSibling("plugin-incoming");
        Clock clock = Clock.systemUTC();
        activations = new PluginActivations(store::find, () -> settings.callLimits(), clock, audit,
                PlatformServices::none);
        PluginBundles bundles = new PluginBundles(context);
        HostParts parts = new HostParts(store, new PluginFiles(root), bundles, activations, new PluginAudit(audit),
                () -> settings.verifier(), clock);
        registry = new HostRegistry(store, activations);
        lifecycle = new PluginLifecycle(parts);
        marketplace = new MarketplaceService(() -> settings, MarketplaceSources::of, lifecycle, incoming);
        uploads = new PluginUploads(() -> settings, lifecycle, incoming);
        hostThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custodian-plugin-host");
            thread.setDaemon(true);
            return thread;
        });
        DeployPickup pickup = new DeployPickup(parts);
        tracker = new PluginBundleTracker(context, bundles, activations, pickup, hostThread, incoming);
        tracker.open();
        Reconciler reconciler = new Reconciler(parts);
        FirstStartInstalls firstStart = new FirstStartInstalls(marketplace, lifecycle, parts.audit(),
                root.resolveSibling(FirstStartInstalls.MARKER), clock);
        hostThread.execute(() -> {
            try {
                Reconciler.Report report = reconciler.reconcile();
                LOG.info("Plugins reconciled: {} installed again, {} without a kept jar, {} orphaned bundles removed",
                        report.reinstalled().size(), report.unrecoverable().size(), report.orphans().size());
            } catch (RuntimeException e) {
                LOG.error("Could not reconcile the installed plugins with the framework", e);
            }
            // After the reconciliation, so plugins kept from an earlier start count as installed.
            try {
                firstStart.run(settings.installOnFirstStart());
            } catch (RuntimeException e) {
                LOG.error("Could not install the first start's plugins", e);
            }
        });
    }

    @Modified
    void modified(PluginsConfig config) {
        settings = settings(config);
    }

    @Deactivate
    void deactivate() {
        // The tracker first: closing it withdraws every plugin's classes, which stops their extensions.
        tracker.close();
        hostThread.shutdownNow();
        try {
            if (!hostThread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The plugin host thread did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        activations.close();
    }

    /** Installing, starting, stopping, upgrading, rolling back and uninstalling. */
    public PluginLifecycle lifecycle() {
        return lifecycle;
    }

    /** The configured marketplaces. */
    public MarketplaceService marketplace() {
        return marketplace;
    }

    /** Administrators' uploads. */
    public PluginUploads uploads() {
        return uploads;
    }

    @Override
    public List<Classifier> classifiers() {
        return registry.classifiers();
    }

    @Override
    public Optional<Connector> connector(String typeId) {
        return registry.connector(typeId);
    }

    @Override
    public List<Connector> connectors() {
        return registry.connectors();
    }

    @Override
    public List<Visualization> visualizations() {
        return registry.visualizations();
    }

    @Override
    public List<InstalledPlugin> installed() {
        return registry.installed();
    }

    /**
     * The settings of a configuration. A malformed trusted publisher entry must not take the host
     * (and every installed plugin) down: it is logged, and no publisher is trusted until it is fixed.
     */
    private static PluginSettings settings(PluginsConfig config) {
        try {
            return PluginSettings.from(config, PluginSettings::karafProperties);
        } catch (IllegalArgumentException e) {
            LOG.error("trustedPublishers of {} is invalid, so no publisher is trusted until it is fixed: {}",
                    PluginsConfig.PID, e.getMessage());
            return PluginSettings.from(config, PluginSettings::karafProperties, TrustedPublishers.parse(""));
        }
    }

    /** {@code ${karaf.data}/custodian/plugins}, or the bundle's data area outside Karaf. */
    private static Path dataRoot(BundleContext context) {
        String karafData = System.getProperty("karaf.data");
        if (karafData != null) {
            return Path.of(karafData, "custodian", "plugins");
        }
        return context.getDataFile("plugins").toPath();
    }
}
