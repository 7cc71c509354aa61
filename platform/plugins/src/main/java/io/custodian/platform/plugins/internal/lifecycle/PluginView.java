package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugins.internal.store.IdList;
import io.custodian.platform.plugins.internal.store.StoredPlugin;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An installed plugin as the REST API and the shell show it.
 *
 * @param state            INSTALLED, STARTED, STOPPED or AWAITING_GRANT
 * @param running          whether its extensions are in use right now
 * @param requestedScopes  what its manifest requests
 * @param grantedScopes    what an administrator granted
 * @param missingScopes    requested but not granted: the plugin stays off until they are
 * @param source           marketplace location, {@code upload} or {@code deploy}
 * @param publisher        verified signer, or null for an unsigned jar (deploy/)
 * @param rollbackVersions versions {@code POST /plugins/{id}/rollback} can return to (the previous one, if kept)
 * @param health           calls and failures of its current (or last) run, null if it never ran
 */
public record PluginView(String id, String name, String vendor, String version, String state, boolean running,
                         List<String> kinds, List<String> requestedScopes, List<String> grantedScopes,
                         List<String> missingScopes, String source, String publisher, String sha256,
                         String previousVersion, List<String> rollbackVersions, String installedBy,
                         Instant installedAt, Instant updatedAt, HealthView health) {

    /** The view of {@code plugin} with what the host knows about it now (running, health, kept jars). */
    static PluginView of(HostParts parts, StoredPlugin plugin) {
        List<String> rollback = plugin.previousVersion() != null && !plugin.fromDeployFolder()
                && parts.files().existing(plugin.id(), plugin.previousVersion()).isPresent()
                ? List.of(plugin.previousVersion()) : List.of();
        HealthView health = parts.activations().health(plugin.id()).map(HealthView::of).orElse(null);
        return of(plugin, parts.activations().isActive(plugin.id()), rollback, health);
    }

    static PluginView of(StoredPlugin plugin, boolean running, List<String> rollbackVersions, HealthView health) {
        Set<Scope> missing = EnumSet.noneOf(Scope.class);
        missing.addAll(plugin.requested());
        missing.removeAll(plugin.granted());
        return new PluginView(plugin.id(), plugin.name(), plugin.vendor(), plugin.version(), plugin.state().name(),
                running, plugin.kinds().stream().map(PluginKind::id).sorted().toList(),
                IdList.sortedIds(plugin.requested()), IdList.sortedIds(plugin.granted()), IdList.sortedIds(missing),
                plugin.source(), plugin.publisher(), plugin.sha256(), plugin.previousVersion(),
                List.copyOf(rollbackVersions), plugin.installedBy(), plugin.installedAt(), plugin.updatedAt(),
                health);
    }
}
