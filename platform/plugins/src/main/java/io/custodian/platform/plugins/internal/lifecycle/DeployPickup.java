package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.packaging.VerifiedPlugin;
import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.store.IdList;
import io.custodian.platform.plugins.internal.store.PluginState;
import io.custodian.platform.plugins.internal.store.PluginStore;
import io.custodian.platform.plugins.internal.store.ReleaseFacts;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.Scope;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugins dropped into Karaf's deploy/ folder. Karaf's fileinstall installs (and starts) such a jar
 * as a bundle on its own; this records it after the same checks as any jar except the signature
 * (whoever can write to deploy/ already administers the server). A plugin that requests scopes is
 * recorded AWAITING_GRANT and none of its extensions is used until an administrator grants them;
 * one that requests none runs at once. A new version of the file upgrades the record; removing
 * the file uninstalls the plugin.
 */
public final class DeployPickup {

    private static final Logger LOG = LoggerFactory.getLogger(DeployPickup.class);

    private final HostParts parts;

    public DeployPickup(HostParts parts) {
        this.parts = parts;
    }

    /**
     * Whether a deploy/ bundle holding plugin {@code id} may provide its extensions: not when the
     * host installed that plugin itself (from a marketplace or an upload).
     */
    public boolean mayProvide(String id) {
        return parts.store().find(id).map(StoredPlugin::fromDeployFolder).orElse(true);
    }

    /**
     * A bundle that fileinstall installed or updated from deploy/.
     *
     * @param location the bundle's location, for the audit trail
     * @param jar      the jar's content (the deploy/ file or a copy of the bundle's entries)
     * @return the plugin as recorded now, or empty if nothing changed
     */
    public Optional<PluginView> deployed(String location, Path jar) {
        return parts.audit().attempt(PluginAudit.INSTALL, null, attempt -> {
            attempt.detail("source", StoredPlugin.DEPLOY);
            attempt.detail("location", location);
            ManifestPeek.id(jar).ifPresent(attempt::plugin);
            VerifiedPlugin verified = PluginLifecycle.verified(() -> parts.verifier().get().verifyLocal(jar));
            PluginManifest manifest = verified.jar().manifest();
            attempt.plugin(manifest.id());
            attempt.detail("version", manifest.version());
            synchronized (parts.lock(manifest.id())) {
                Optional<StoredPlugin> existing = parts.store().find(manifest.id());
                if (existing.isEmpty()) {
                    return Optional.of(record(verified));
                }
                StoredPlugin before = existing.get();
                if (!before.fromDeployFolder()) {
                    throw new CustodianException(PluginErrorCode.ALREADY_INSTALLED, "Plugin " + before.id()
                            + " is installed from " + before.source() + "; the copy in the deploy folder is ignored");
                }
                if (before.version().equals(manifest.version()) && before.sha256().equals(verified.jar().sha256())) {
                    return Optional.empty();
                }
                attempt.action(PluginAudit.UPGRADE);
                return Optional.of(upgrade(before, verified));
            }
        });
    }

    /** The bundle of a deploy/ plugin was uninstalled (its file removed): forget the plugin. */
    public void removed(String id) {
        synchronized (parts.lock(id)) {
            Optional<StoredPlugin> existing = parts.store().find(id);
            if (existing.isEmpty() || !existing.get().fromDeployFolder()) {
                return;
            }
            parts.activations().forget(id);
            parts.store().delete(id);
            parts.audit().success(PluginAudit.UNINSTALL, id, Map.of("version", existing.get().version(),
                    "reason", "removed from the deploy folder"), AuditChanges.diff(PluginLifecycle.state(existing.get()),
                    null));
            LOG.info("Plugin {} was removed from the deploy folder and is uninstalled", id);
        }
    }

    private PluginView record(VerifiedPlugin verified) {
        PluginManifest manifest = verified.jar().manifest();
        PluginState state = manifest.scopes().isEmpty() ? PluginState.STARTED : PluginState.AWAITING_GRANT;
        StoredPlugin after = parts.store().insert(manifest.id(), PluginLifecycle.facts(verified, null), state, Set.of(),
                StoredPlugin.DEPLOY, PluginLifecycle.actor(), parts.clock().instant());
        startIfRunning(after);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", after.version());
        details.put("source", StoredPlugin.DEPLOY);
        details.put("state", after.state().name());
        parts.audit().success(PluginAudit.INSTALL, after.id(), details, AuditChanges.diff(null,
                PluginLifecycle.state(after)));
        if (state == PluginState.AWAITING_GRANT) {
            LOG.info("Plugin {} {} from the deploy folder awaits a grant of {}", after.id(), after.version(),
                    String.join(", ", IdList.sortedIds(after.requested())));
        }
        return PluginView.of(parts, after);
    }

    private PluginView upgrade(StoredPlugin before, VerifiedPlugin verified) {
        ReleaseFacts facts = PluginLifecycle.facts(verified, null);
        Set<Scope> granted = facts.requested().stream().filter(before.granted()::contains)
                .collect(Collectors.toUnmodifiableSet());
        PluginState state = !granted.containsAll(facts.requested()) ? PluginState.AWAITING_GRANT
                : before.state() == PluginState.AWAITING_GRANT ? PluginState.STARTED : before.state();
        StoredPlugin after = parts.store().update(before.id(), parts.clock().instant(), entity -> {
            PluginStore.describe(entity, facts);
            entity.setPreviousVersion(before.version());
            entity.setGrantedScopes(IdList.scopes(granted));
            entity.setState(state.name());
        }).orElseThrow(() -> PluginLifecycle.notFound(before.id()));
        startIfRunning(after);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fromVersion", before.version());
        details.put("toVersion", after.version());
        details.put("source", StoredPlugin.DEPLOY);
        parts.audit().success(PluginAudit.UPGRADE, after.id(), details,
                AuditChanges.diff(PluginLifecycle.state(before), PluginLifecycle.state(after)));
        return PluginView.of(parts, after);
    }

    private void startIfRunning(StoredPlugin plugin) {
        if (plugin.state() == PluginState.STARTED) {
            try {
                parts.bundles().start(plugin.id());
            } catch (BundleOperationException e) {
                LOG.warn("Plugin {} from the deploy folder did not start: {}", plugin.id(), e.getMessage());
            }
        }
        parts.activations().sync(plugin.id());
    }
}
