package io.custodian.platform.plugins.internal.store;

import io.custodian.platform.plugins.internal.entity.PluginInstallationEntity;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.time.Instant;
import java.util.Set;

/**
 * A row of {@code plugin_installation}, detached from JPA.
 *
 * @param id              plugin id from the manifest
 * @param version         the version installed now
 * @param previousVersion the version an upgrade or rollback replaced, kept for a rollback; null if none
 * @param state           where the plugin stands
 * @param requested       scopes the installed version requests
 * @param granted         scopes an administrator granted (never more than requested)
 * @param source          marketplace location, {@value #UPLOAD} or {@value #DEPLOY}
 */
public record StoredPlugin(String id, String name, String vendor, String version, String previousVersion,
                           PluginState state, Set<PluginKind> kinds, Set<Scope> requested, Set<Scope> granted,
                           String source, String publisher, String sha256, String installedBy, Instant installedAt,
                           Instant updatedAt) {

    /** Source of a jar an administrator uploaded. */
    public static final String UPLOAD = "upload";
    /** Source of a jar dropped into Karaf's deploy/ folder. */
    public static final String DEPLOY = "deploy";

    public StoredPlugin {
        kinds = Set.copyOf(kinds);
        requested = Set.copyOf(requested);
        granted = Set.copyOf(granted);
    }

    /** The row as it is in {@code e} now. */
    public static StoredPlugin of(PluginInstallationEntity e) {
        return new StoredPlugin(e.getId(), e.getName(), e.getVendor(), e.getVersion(), e.getPreviousVersion(),
                PluginState.valueOf(e.getState()), IdList.parseKinds(e.getKinds()),
                IdList.parseScopes(e.getRequestedScopes()), IdList.parseScopes(e.getGrantedScopes()), e.getSource(),
                e.getPublisher(), e.getSha256(), e.getInstalledBy(), e.getInstalledAt(), e.getUpdatedAt());
    }

    /** Whether every requested scope is granted. */
    public boolean fullyGranted() {
        return granted.containsAll(requested);
    }

    /** Whether its extensions should be in use whenever its bundle is active. */
    public boolean shouldRun() {
        return state == PluginState.STARTED && fullyGranted();
    }

    /** Whether Karaf's deploy/ folder (fileinstall), not this host, owns its bundle. */
    public boolean fromDeployFolder() {
        return DEPLOY.equals(source);
    }
}
