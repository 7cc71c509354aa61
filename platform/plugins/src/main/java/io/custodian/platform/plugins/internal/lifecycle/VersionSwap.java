package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugins.internal.entity.PluginInstallationEntity;
import io.custodian.platform.plugins.internal.store.IdList;
import io.custodian.platform.plugins.internal.store.PluginState;
import io.custodian.platform.plugins.internal.store.PluginStore;
import io.custodian.platform.plugins.internal.store.ReleaseFacts;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.plugin.api.Scope;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the version a plugin runs (an upgrade or a rollback) on its one bundle, and puts the old
 * version back if the new one does not start.
 */
final class VersionSwap {

    private static final Logger LOG = LoggerFactory.getLogger(VersionSwap.class);

    private final HostParts parts;
    private final BundleOperations bundles;

    VersionSwap(HostParts parts) {
        this.parts = parts;
        this.bundles = parts.bundles();
    }

    /**
     * Swaps the plugin's bundle to {@code jar} (an upgrade or a rollback): stop, update and refresh,
     * record the new version with the old one as previous, start again if it should run. If the new
     * bundle does not start, the old version is put back.
     */
    StoredPlugin replace(StoredPlugin before, Path jar, ReleaseFacts facts, Set<Scope> granted, String source) {
        String id = before.id();
        boolean fullyGranted = granted.containsAll(facts.requested());
        PluginState state = !fullyGranted ? PluginState.AWAITING_GRANT
                : before.state() == PluginState.AWAITING_GRANT ? PluginState.STARTED : before.state();
        try {
            bundles.stop(id);
            bundles.update(id, jar);
        } catch (BundleOperationException e) {
            restart(before);
            throw PluginLifecycle.bundleFailed(e);
        }
        StoredPlugin after = update(id, entity -> {
            PluginStore.describe(entity, facts);
            entity.setPreviousVersion(before.version());
            entity.setGrantedScopes(IdList.scopes(granted));
            entity.setState(state.name());
            entity.setSource(source);
        });
        if (state == PluginState.STARTED) {
            try {
                bundles.start(id);
            } catch (BundleOperationException e) {
                putBack(before);
                throw PluginLifecycle.bundleFailed(e);
            }
        }
        parts.activations().sync(id);
        parts.files().retainOnly(id, Set.of(after.version(), before.version()));
        return after;
    }

    /** After a failed start of a new version: the old jar, the old record, started if it was. */
    private void putBack(StoredPlugin before) {
        String id = before.id();
        try {
            parts.files().existing(id, before.version()).ifPresent(old -> bundles.update(id, old));
        } catch (BundleOperationException e) {
            LOG.error("Plugin {}: could not put version {} back", id, before.version(), e);
        }
        update(id, entity -> {
            entity.describe(before.name(), before.vendor(), before.version(), IdList.kinds(before.kinds()),
                    IdList.scopes(before.requested()), before.publisher(), before.sha256());
            entity.setPreviousVersion(before.previousVersion());
            entity.setGrantedScopes(IdList.scopes(before.granted()));
            entity.setState(before.state().name());
            entity.setSource(before.source());
        });
        restart(before);
    }

    private void restart(StoredPlugin before) {
        if (before.state() == PluginState.STARTED) {
            try {
                bundles.start(before.id());
            } catch (BundleOperationException e) {
                LOG.error("Plugin {}: version {} did not start again", before.id(), before.version(), e);
            }
        }
        parts.activations().sync(before.id());
    }

    private StoredPlugin update(String id, Consumer<PluginInstallationEntity> change) {
        return parts.store().update(id, parts.clock().instant(), change)
                .orElseThrow(() -> PluginLifecycle.notFound(id));
    }
}
