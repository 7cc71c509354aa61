package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugins.internal.lifecycle.BundleOperations.BundleStatus;
import io.custodian.platform.plugins.internal.store.PluginState;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the framework in line with the store when the host starts: the store says what is
 * installed and whether it runs, the bundles may disagree (a lost bundle cache, a crash in the
 * middle of an upgrade, a bundle stopped by hand). A plugin whose bundle is missing or holds
 * another version is installed again from its kept jar; a STARTED plugin's bundle is started and
 * a STOPPED one's stopped; a host bundle with no record left is uninstalled. Plugins from deploy/
 * are left to Karaf's fileinstall.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /**
     * What a reconciliation did.
     *
     * @param reinstalled plugins whose bundle was installed again (or replaced) from the kept jar
     * @param unrecoverable plugins with neither bundle nor kept jar
     * @param orphans     host bundles without a record, uninstalled
     */
    public record Report(Set<String> reinstalled, Set<String> unrecoverable, Set<String> orphans) {
    }

    private final HostParts parts;

    public Reconciler(HostParts parts) {
        this.parts = parts;
    }

    public Report reconcile() {
        Set<String> reinstalled = new HashSet<>();
        Set<String> unrecoverable = new HashSet<>();
        Set<String> recorded = new HashSet<>();
        for (StoredPlugin plugin : parts.store().list()) {
            recorded.add(plugin.id());
            if (plugin.fromDeployFolder()) {
                continue;
            }
            synchronized (parts.lock(plugin.id())) {
                try {
                    reconcile(plugin, reinstalled, unrecoverable);
                } catch (BundleOperationException | UncheckedIOException e) {
                    LOG.error("Plugin {} could not be brought in line with its record: {}", plugin.id(),
                            e.getMessage(), e);
                }
            }
        }
        Set<String> orphans = new HashSet<>(parts.bundles().hostInstalled());
        orphans.removeAll(recorded);
        for (String orphan : orphans) {
            LOG.warn("Plugin bundle {} has no record (an interrupted install?); uninstalling it", orphan);
            try {
                parts.bundles().uninstall(orphan);
            } catch (BundleOperationException e) {
                LOG.error("Could not uninstall the orphaned plugin bundle {}", orphan, e);
            }
        }
        return new Report(Set.copyOf(reinstalled), Set.copyOf(unrecoverable), Set.copyOf(orphans));
    }

    private void reconcile(StoredPlugin plugin, Set<String> reinstalled, Set<String> unrecoverable) {
        String id = plugin.id();
        Optional<BundleStatus> status = parts.bundles().status(id);
        if (status.isEmpty() || !status.get().version().equals(plugin.version())) {
            Optional<Path> jar = parts.files().existing(id, plugin.version());
            if (jar.isEmpty()) {
                LOG.error("Plugin {} {} has {} and its jar is no longer kept; install it again", id, plugin.version(),
                        status.isEmpty() ? "no bundle" : "a bundle of version " + status.get().version());
                unrecoverable.add(id);
                return;
            }
            if (status.isEmpty()) {
                parts.bundles().install(id, jar.get());
            } else {
                parts.bundles().stop(id);
                parts.bundles().update(id, jar.get());
            }
            reinstalled.add(id);
            LOG.info("Plugin {} {} was installed again from its kept jar", id, plugin.version());
            status = parts.bundles().status(id);
        }
        boolean active = status.map(BundleStatus::active).orElse(false);
        if (plugin.shouldRun() && !active) {
            parts.bundles().start(id);
        } else if (plugin.state() == PluginState.STOPPED && active) {
            parts.bundles().stop(id);
        }
        parts.activations().sync(id);
    }
}
