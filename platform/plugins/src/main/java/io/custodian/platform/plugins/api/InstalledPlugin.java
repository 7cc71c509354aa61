package io.custodian.platform.plugins.api;

import io.custodian.plugin.api.Scope;
import java.util.Objects;
import java.util.Set;

/**
 * A plugin installed on this server.
 *
 * @param id              the plugin id from its manifest
 * @param version         the version installed now
 * @param state           {@code INSTALLED}, {@code STARTED}, {@code STOPPED} or {@code AWAITING_GRANT}
 * @param requested       the scopes the installed version requests
 * @param granted         the scopes an administrator granted; the plugin runs only if they cover {@code requested}
 * @param source          the marketplace it came from, {@code upload} or {@code deploy}
 * @param previousVersion the version a rollback would return to, or {@code null}
 */
public record InstalledPlugin(String id, String version, String state, Set<Scope> requested, Set<Scope> granted,
                              String source, String previousVersion) {

    /** Rejects a missing id, version or state; copies the scope sets. */
    public InstalledPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        requested = Set.copyOf(requested);
        granted = Set.copyOf(granted);
    }
}
