package io.custodian.platform.plugins.internal.lifecycle;

import io.custodian.platform.plugins.internal.PluginErrorCode;
import io.custodian.platform.plugins.internal.store.IdList;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.plugin.api.Scope;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scopes an administrator grants. A plugin is installed (or let out of AWAITING_GRANT) only when
 * the grant covers every scope its manifest requests: installing thus shows the requested scopes,
 * and nothing runs with a right nobody granted. Scopes granted beyond the request are ignored.
 */
public final class ScopeGrants {

    private ScopeGrants() {
    }

    /**
     * The scopes named by {@code ids}; null means none.
     *
     * @throws CustodianException {@code plugin.invalid_request} naming an unknown scope
     */
    public static Set<Scope> parse(Collection<String> ids) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (ids == null) {
            return scopes;
        }
        for (String id : ids) {
            String trimmed = id == null ? "" : id.trim();
            scopes.add(Scope.fromId(trimmed).orElseThrow(() -> new CustodianException(PluginErrorCode.INVALID_REQUEST,
                    "'" + clip(trimmed) + "' is not a scope; scopes are " + known())));
        }
        return scopes;
    }

    /** {@code a,b} or {@code a b}, as typed in the shell; blank means none. */
    public static Set<Scope> parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return EnumSet.noneOf(Scope.class);
        }
        return parse(Arrays.stream(commaSeparated.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * What to grant {@code pluginId}: the requested scopes, provided {@code grant} plus
     * {@code alreadyGranted} covers them.
     *
     * @throws CustodianException {@code plugin.scopes_not_granted} listing the requested and missing scopes
     */
    public static Set<Scope> covering(String pluginId, Set<Scope> requested, Set<Scope> grant,
                                      Set<Scope> alreadyGranted) {
        Set<Scope> missing = EnumSet.noneOf(Scope.class);
        missing.addAll(requested);
        missing.removeAll(grant);
        missing.removeAll(alreadyGranted);
        if (!missing.isEmpty()) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("requested", IdList.sortedIds(requested));
            members.put("missing", IdList.sortedIds(missing));
            throw new CustodianException(PluginErrorCode.SCOPES_NOT_GRANTED, "Plugin " + pluginId
                    + " requests the scopes " + String.join(", ", IdList.sortedIds(requested))
                    + "; grant all of them to go ahead (not granted: " + String.join(", ", IdList.sortedIds(missing))
                    + ")", members);
        }
        return requested.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requested));
    }

    private static String known() {
        List<String> ids = Arrays.stream(Scope.values()).map(Scope::id).sorted().toList();
        return String.join(", ", ids);
    }

    private static String clip(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
