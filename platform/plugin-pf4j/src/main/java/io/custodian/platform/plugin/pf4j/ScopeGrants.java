package io.custodian.platform.plugin.pf4j;

import io.custodian.plugin.api.Scope;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which scopes the agent's operator grants a plugin. The loader never grants more than the plugin's manifest
 * requests: whatever this returns is cut down to the requested scopes.
 */
@FunctionalInterface
public interface ScopeGrants {

    /**
     * The scopes granted to {@code pluginId}, which requested {@code requested}.
     *
     * @param pluginId  the plugin's id
     * @param requested the scopes its {@code META-INF/custodian-plugin.json} asks for
     * @return the granted scopes; scopes not requested are ignored
     */
    Set<Scope> grant(String pluginId, Set<Scope> requested);

    /** Grants nothing: plugins run without catalog access or samples. */
    static ScopeGrants none() {
        return (pluginId, requested) -> Set.of();
    }

    /** Grants each plugin what it requests (for an agent whose plugin folder is trusted as a whole). */
    static ScopeGrants requested() {
        return (pluginId, requested) -> requested;
    }

    /** Grants each plugin what it requests out of {@code allowed}. */
    static ScopeGrants upTo(Set<Scope> allowed) {
        Set<Scope> copy = allowed.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(allowed);
        return (pluginId, requested) -> {
            Set<Scope> granted = EnumSet.noneOf(Scope.class);
            granted.addAll(requested);
            granted.retainAll(copy);
            return granted;
        };
    }
}
