package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.plugin.packaging.PluginManifest;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.plugin.packaging.VerifiedPlugin;
import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.Rejections;
import io.custodian.platform.plugins.internal.entity.PluginInstallationEntity;
import io.custodian.platform.plugins.internal.store.IdList;
import io.custodian.platform.plugins.internal.store.PluginState;
import io.custodian.platform.plugins.internal.store.PluginStore;
import io.custodian.platform.plugins.internal.store.ReleaseFacts;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.Scope;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installing, upgrading, rolling back, starting, stopping, granting and uninstalling plugins. The
 * record is the truth about what should run; the bundle follows it and the activations follow both.
 * Every operation is audited, refusals included, and a failed bundle operation puts the previous
 * state back rather than leave a half-installed plugin.
 */
public final class PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);

    private final HostParts parts;
    private final PluginStore store;
    private final BundleOperations bundles;
    private final VersionSwap swap;

    public PluginLifecycle(HostParts parts) {
        this.parts = parts;
        this.store = parts.store();
        this.bundles = parts.bundles();
        this.swap = new VersionSwap(parts);
    }

    /** Every installed plugin, by id. */
    public List<PluginView> list() {
        return store.list().stream().map(this::view).toList();
    }

    /** One installed plugin with its health. */
    public PluginView get(String id) {
        return view(require(id));
    }

    /** The record of {@code id}, if installed. */
    public Optional<StoredPlugin> find(String id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    /**
     * Installs a verified jar, or upgrades to it if another version of the plugin is installed.
     * The grant must cover every scope the jar requests (for an upgrade: together with what is
     * granted already); the plugin then starts at once.
     *
     * @param expectedId   the plugin id if known before verification (marketplace), else null (upload)
     * @param grantScopes  scope ids the administrator grants
     * @param upgradeRight asked before an install turns into an upgrade
     * @param verification obtains and verifies the jar; its refusals are audited like any other
     */
    public PluginView install(String expectedId, Collection<String> grantScopes, UpgradeRight upgradeRight,
                              Verification verification) {
        String action = find(expectedId).isPresent() ? PluginAudit.UPGRADE : PluginAudit.INSTALL;
        return parts.audit().attempt(action, expectedId, attempt -> {
            Set<Scope> grant = ScopeGrants.parse(grantScopes);
            Verification.Candidate candidate = candidate(verification, attempt);
            VerifiedPlugin verified = candidate.plugin();
            PluginManifest manifest = verified.jar().manifest();
            attempt.plugin(manifest.id());
            attempt.detail("version", manifest.version());
            attempt.detail("source", candidate.source());
            synchronized (parts.lock(manifest.id())) {
                Optional<StoredPlugin> existing = store.find(manifest.id());
                if (existing.isPresent()) {
                    attempt.action(PluginAudit.UPGRADE);
                    upgradeRight.require(manifest.id());
                    return upgrade(existing.get(), verified, candidate.source(), grant);
                }
                return freshInstall(verified, candidate.source(), grant);
            }
        });
    }

    /** Grants the scopes a plugin requests; a plugin awaiting its grant starts. */
    public PluginView grant(String id, Collection<String> scopeIds) {
        return parts.audit().attempt(PluginAudit.GRANT, id, attempt -> {
            Set<Scope> grant = ScopeGrants.parse(scopeIds);
            synchronized (parts.lock(id)) {
                StoredPlugin before = require(id);
                Set<Scope> granted = ScopeGrants.covering(id, before.requested(), grant, Set.of());
                PluginState state = before.state() == PluginState.AWAITING_GRANT ? PluginState.STARTED : before.state();
                if (state == PluginState.STARTED) {
                    startBundle(id);
                }
                StoredPlugin after = update(id, entity -> {
                    entity.setGrantedScopes(IdList.scopes(granted));
                    entity.setState(state.name());
                });
                parts.activations().sync(id);
                parts.audit().success(PluginAudit.GRANT, id, Map.of("version", after.version()),
                        AuditChanges.diff(state(before), state(after)));
                return view(after);
            }
        });
    }

    /** Starts a stopped (or merely installed) plugin; its scopes must be granted. */
    public PluginView start(String id) {
        return parts.audit().attempt(PluginAudit.START, id, attempt -> {
            synchronized (parts.lock(id)) {
                StoredPlugin before = require(id);
                if (!before.fullyGranted() || before.state() == PluginState.AWAITING_GRANT) {
                    throw awaitingGrant(before);
                }
                startBundle(id);
                if (before.state() == PluginState.STARTED) {
                    parts.activations().sync(id);
                    return view(before);
                }
                StoredPlugin after = update(id, entity -> entity.setState(PluginState.STARTED.name()));
                parts.activations().sync(id);
                parts.audit().success(PluginAudit.START, id, Map.of("version", after.version()),
                        AuditChanges.diff(state(before), state(after)));
                return view(after);
            }
        });
    }

    /** Stops a plugin: its extensions are withdrawn at once, and it stays stopped across restarts. */
    public PluginView stop(String id) {
        return parts.audit().attempt(PluginAudit.STOP, id, attempt -> {
            synchronized (parts.lock(id)) {
                StoredPlugin before = require(id);
                if (before.state() == PluginState.STOPPED) {
                    return view(before);
                }
                StoredPlugin after = update(id, entity -> entity.setState(PluginState.STOPPED.name()));
                parts.activations().sync(id);
                try {
                    bundles.stop(id);
                } catch (BundleOperationException e) {
                    // The extensions are withdrawn already; a bundle that will not stop changes nothing for users.
                    LOG.warn("Plugin {} is stopped but its bundle did not stop: {}", id, e.getMessage());
                }
                parts.audit().success(PluginAudit.STOP, id, Map.of("version", after.version()),
                        AuditChanges.diff(state(before), state(after)));
                return view(after);
            }
        });
    }

    /** Goes back to the version the last upgrade (or rollback) replaced; its jar is kept for this. */
    public PluginView rollback(String id) {
        return parts.audit().attempt(PluginAudit.ROLLBACK, id, attempt -> {
            synchronized (parts.lock(id)) {
                StoredPlugin before = require(id);
                requireHostManaged(before);
                String previous = before.previousVersion();
                if (previous == null) {
                    throw new CustodianException(PluginErrorCode.NO_PREVIOUS_VERSION,
                            "Plugin " + id + " " + before.version() + " has no previous version to roll back to");
                }
                attempt.detail("version", previous);
                Path jar = parts.files().existing(id, previous).orElseThrow(() -> new CustodianException(
                        PluginErrorCode.NO_PREVIOUS_VERSION, "The jar of plugin " + id + " " + previous
                        + " is no longer kept; install that version from the marketplace instead"));
                VerifiedPlugin verified = verified(() -> parts.verifier().get().verifyLocal(jar));
                PluginManifest manifest = verified.jar().manifest();
                if (!manifest.id().equals(id) || !manifest.version().equals(previous)) {
                    throw new CustodianException(PluginErrorCode.NO_PREVIOUS_VERSION, "The kept jar of plugin " + id
                            + " " + previous + " holds " + manifest.id() + " " + manifest.version());
                }
                Set<Scope> granted = intersection(manifest.scopes(), before.granted());
                ReleaseFacts facts = facts(verified, before.publisher());
                StoredPlugin after = swap.replace(before, jar, facts, granted, before.source());
                parts.audit().success(PluginAudit.ROLLBACK, id, versions(before, after),
                        AuditChanges.diff(state(before), state(after)));
                return view(after);
            }
        });
    }

    /** Uninstalls a plugin: extensions, bundle, record and kept jars. */
    public void uninstall(String id) {
        parts.audit().attempt(PluginAudit.UNINSTALL, id, attempt -> {
            synchronized (parts.lock(id)) {
                StoredPlugin before = require(id);
                parts.activations().forget(id);
                bundles.uninstall(id);
                store.delete(id);
                parts.files().deleteAll(id);
                parts.audit().success(PluginAudit.UNINSTALL, id, Map.of("version", before.version()),
                        AuditChanges.diff(state(before), null));
                return null;
            }
        });
    }

    private PluginView freshInstall(VerifiedPlugin verified, String source, Set<Scope> grant) {
        PluginManifest manifest = verified.jar().manifest();
        String id = manifest.id();
        Set<Scope> granted = ScopeGrants.covering(id, manifest.scopes(), grant, Set.of());
        Path jar = parts.files().keep(id, manifest.version(), verified.jar().jar());
        store.insert(id, facts(verified, verified.publisher()), PluginState.INSTALLED, granted, source, actor(),
                parts.clock().instant());
        try {
            bundles.install(id, jar);
            bundles.start(id);
        } catch (BundleOperationException e) {
            undoInstall(id);
            throw bundleFailed(e);
        }
        StoredPlugin after = update(id, entity -> entity.setState(PluginState.STARTED.name()));
        parts.activations().sync(id);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", after.version());
        details.put("source", source);
        if (after.publisher() != null) {
            details.put("publisher", after.publisher());
        }
        parts.audit().success(PluginAudit.INSTALL, id, details, AuditChanges.diff(null, state(after)));
        return view(after);
    }

    private PluginView upgrade(StoredPlugin before, VerifiedPlugin verified, String source, Set<Scope> grant) {
        requireHostManaged(before);
        PluginManifest manifest = verified.jar().manifest();
        if (manifest.version().equals(before.version())) {
            throw new CustodianException(PluginErrorCode.ALREADY_INSTALLED,
                    "Plugin " + before.id() + " " + before.version() + " is installed already");
        }
        Set<Scope> granted = ScopeGrants.covering(before.id(), manifest.scopes(), grant, before.granted());
        Path jar = parts.files().keep(before.id(), manifest.version(), verified.jar().jar());
        StoredPlugin after;
        try {
            after = swap.replace(before, jar, facts(verified, verified.publisher()), granted, source);
        } catch (CustodianException e) {
            // The old version runs again: keep its jars, not the one that failed.
            Set<String> kept = new HashSet<>();
            kept.add(before.version());
            if (before.previousVersion() != null) {
                kept.add(before.previousVersion());
            }
            parts.files().retainOnly(before.id(), kept);
            throw e;
        }
        Map<String, String> details = versions(before, after);
        details.put("source", source);
        parts.audit().success(PluginAudit.UPGRADE, before.id(), details,
                AuditChanges.diff(state(before), state(after)));
        return view(after);
    }

    private void undoInstall(String id) {
        try {
            bundles.uninstall(id);
        } catch (BundleOperationException e) {
            LOG.warn("Plugin {}: the bundle of a failed install could not be removed: {}", id, e.getMessage());
        }
        store.delete(id);
        parts.files().deleteAll(id);
    }

    private void startBundle(String id) {
        try {
            bundles.start(id);
        } catch (BundleOperationException e) {
            throw bundleFailed(e);
        }
    }

    private StoredPlugin update(String id, Consumer<PluginInstallationEntity> change) {
        return store.update(id, parts.clock().instant(), change).orElseThrow(() -> notFound(id));
    }

    StoredPlugin require(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    PluginView view(StoredPlugin plugin) {
        return PluginView.of(parts, plugin);
    }

    private static Verification.Candidate candidate(Verification verification, PluginAudit.Attempt attempt) {
        try {
            return verification.verify(attempt);
        } catch (PluginRejectedException e) {
            throw Rejections.problem(e);
        }
    }

    /** Runs a local verification (a kept or deployed jar), its refusal as a problem. */
    static VerifiedPlugin verified(LocalVerification verification) {
        try {
            return verification.verify();
        } catch (PluginRejectedException e) {
            throw Rejections.problem(e);
        }
    }

    /** A check of a jar already on this machine. */
    @FunctionalInterface
    interface LocalVerification {
        VerifiedPlugin verify() throws PluginRejectedException;
    }

    static ReleaseFacts facts(VerifiedPlugin verified, String publisher) {
        PluginManifest m = verified.jar().manifest();
        return new ReleaseFacts(m.name(), m.vendor(), m.version(), m.kinds(), m.scopes(), publisher,
                verified.jar().sha256());
    }

    /** The audited fields of a plugin. */
    static Map<String, Object> state(StoredPlugin plugin) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", plugin.version());
        state.put("state", plugin.state().name());
        state.put("grantedScopes", String.join(",", IdList.sortedIds(plugin.granted())));
        state.put("source", plugin.source());
        return state;
    }

    static String actor() {
        Caller caller = Caller.current();
        return caller.user().isPresent() ? caller.actor() : "system";
    }

    static CustodianException notFound(String id) {
        String shown = id == null ? "" : id.length() <= 100 ? id : id.substring(0, 100) + "...";
        return new CustodianException(PluginErrorCode.NOT_FOUND, "No plugin with id '" + shown + "' is installed");
    }

    private static Map<String, String> versions(StoredPlugin before, StoredPlugin after) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fromVersion", before.version());
        details.put("toVersion", after.version());
        return details;
    }

    private static Set<Scope> intersection(Set<Scope> requested, Set<Scope> granted) {
        return requested.stream().filter(granted::contains).collect(Collectors.toUnmodifiableSet());
    }

    private static void requireHostManaged(StoredPlugin plugin) {
        if (plugin.fromDeployFolder()) {
            throw new CustodianException(PluginErrorCode.MANAGED_BY_DEPLOY, "Plugin " + plugin.id()
                    + " comes from the deploy folder; replace or remove its file there instead");
        }
    }

    private static CustodianException awaitingGrant(StoredPlugin plugin) {
        Set<Scope> missing = new HashSet<>(plugin.requested());
        missing.removeAll(plugin.granted());
        return new CustodianException(PluginErrorCode.AWAITING_GRANT, "Plugin " + plugin.id()
                + " cannot start before its scopes are granted (not granted: "
                + String.join(", ", IdList.sortedIds(missing)) + ")",
                Map.of("missing", IdList.sortedIds(missing)));
    }

    static CustodianException bundleFailed(BundleOperationException e) {
        return new CustodianException(PluginErrorCode.BUNDLE_FAILED, e.getMessage());
    }
}
