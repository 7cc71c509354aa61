package io.custodian.platform.plugins.internal.osgi;

import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugins.internal.activation.PluginActivations;
import io.custodian.platform.plugins.internal.files.TemporaryFolder;
import io.custodian.platform.plugins.internal.lifecycle.DeployPickup;
import io.custodian.platform.rest.api.CustodianException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the bundles that hold a plugin ({@code META-INF/custodian-plugin.json}): those the host
 * installed and those fileinstall installed from deploy/. While such a bundle is active its classes
 * are offered to {@link PluginActivations}, which starts its extensions if the plugin's record says
 * so; when it stops they are withdrawn. A deploy/ bundle is handed to {@link DeployPickup} on the
 * host's own thread, never on the framework's event thread.
 */
public final class PluginBundleTracker extends BundleTracker<PluginBundleTracker.Tracked> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginBundleTracker.class);
    private static final int STATES = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE
            | Bundle.STOPPING;

    /** A plugin bundle and what it currently offers. */
    static final class Tracked {
        private volatile String pluginId;
        private volatile String version;
        private volatile BundleExtensionSource offered;

        private Tracked(Optional<PluginManifest> manifest) {
            read(manifest);
        }

        private void read(Optional<PluginManifest> manifest) {
            pluginId = manifest.map(PluginManifest::id).orElse(null);
            version = manifest.map(PluginManifest::version).orElse(null);
        }
    }

    private final PluginBundles bundles;
    private final PluginActivations activations;
    private final DeployPickup pickup;
    private final Executor hostThread;
    private final Path incoming;

    /**
     * @param hostThread runs deploy/ pickups one after another
     * @param incoming   where copies of deploy/ bundles are written when their file cannot be read
     */
    public PluginBundleTracker(BundleContext context, PluginBundles bundles, PluginActivations activations,
                               DeployPickup pickup, Executor hostThread, Path incoming) {
        super(context, STATES, null);
        this.bundles = bundles;
        this.activations = activations;
        this.pickup = pickup;
        this.hostThread = hostThread;
        this.incoming = incoming;
    }

    @Override
    public Tracked addingBundle(Bundle bundle, BundleEvent event) {
        if (!BundleManifests.isPlugin(bundle)) {
            return null;
        }
        Tracked tracked = new Tracked(BundleManifests.read(bundle));
        if (!PluginBundles.hostInstalled(bundle)) {
            deployed(bundle, tracked);
        }
        if (bundle.getState() == Bundle.ACTIVE) {
            offer(bundle, tracked);
        }
        return tracked;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        if (event == null) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.STARTED -> offer(bundle, tracked);
            case BundleEvent.STOPPING -> withdraw(tracked);
            case BundleEvent.UPDATED -> {
                withdraw(tracked);
                tracked.read(BundleManifests.read(bundle));
                if (!PluginBundles.hostInstalled(bundle)) {
                    deployed(bundle, tracked);
                }
            }
            default -> {
                // RESOLVED, UNRESOLVED, STARTING: nothing changes for the extensions.
            }
        }
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        withdraw(tracked);
        // Closing the tracker removes every bundle with no event: that is the host stopping, not an uninstall.
        String id = tracked.pluginId;
        if (id != null && !PluginBundles.hostInstalled(bundle) && event != null
                && event.getType() == BundleEvent.UNINSTALLED) {
            bundles.undeployed(id, bundle);
            hostThread.execute(() -> pickup.removed(id));
        }
    }

    private void offer(Bundle bundle, Tracked tracked) {
        String id = tracked.pluginId;
        if (id == null) {
            return;
        }
        if (!PluginBundles.hostInstalled(bundle) && !pickup.mayProvide(id)) {
            LOG.warn("Plugin {} in the deploy folder ({}) is ignored: the host installed that plugin itself", id,
                    bundle.getLocation());
            return;
        }
        BundleExtensionSource source = new BundleExtensionSource(bundle, tracked.version);
        tracked.offered = source;
        activations.available(id, source);
    }

    private void withdraw(Tracked tracked) {
        BundleExtensionSource offered = tracked.offered;
        if (offered != null && tracked.pluginId != null) {
            tracked.offered = null;
            activations.unavailable(tracked.pluginId, offered);
        }
    }

    private void deployed(Bundle bundle, Tracked tracked) {
        if (tracked.pluginId != null && pickup.mayProvide(tracked.pluginId)) {
            bundles.deployed(tracked.pluginId, bundle);
        }
        String location = bundle.getLocation();
        hostThread.execute(() -> {
            try (TemporaryFolder work = TemporaryFolder.in(incoming, "deploy-")) {
                Path jar = DeployedJar.file(bundle).orElseGet(() -> DeployedJar.copy(bundle, work.path()));
                pickup.deployed(location, jar);
            } catch (CustodianException e) {
                // Audited by the pickup; the bundle stays installed but none of its extensions is used.
                LOG.warn("Plugin jar {} in the deploy folder was refused: {}", location, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Could not pick up the plugin jar {} from the deploy folder", location, e);
            }
        });
    }
}
