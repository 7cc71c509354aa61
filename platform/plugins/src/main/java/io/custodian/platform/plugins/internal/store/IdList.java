package io.custodian.platform.plugins.internal.store;

import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Kinds and scopes as stored: one comma-separated column of their ids, sorted so equal sets store
 * equal text. Ids contain no commas, so the text round-trips.
 */
public final class IdList {

    private IdList() {
    }

    /** The stored form of scopes. */
    public static String scopes(Collection<Scope> scopes) {
        return join(scopes.stream().map(Scope::id).toList());
    }

    /** The stored form of kinds. */
    public static String kinds(Collection<PluginKind> kinds) {
        return join(kinds.stream().map(PluginKind::id).toList());
    }

    /** The scopes of a stored text; ids this platform no longer knows are left out. */
    public static Set<Scope> parseScopes(String text) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        ids(text).forEach(id -> Scope.fromId(id).ifPresent(scopes::add));
        return Set.copyOf(scopes);
    }

    /** The kinds of a stored text; ids this platform no longer knows are left out. */
    public static Set<PluginKind> parseKinds(String text) {
        Set<PluginKind> kinds = EnumSet.noneOf(PluginKind.class);
        ids(text).forEach(id -> PluginKind.fromId(id).ifPresent(kinds::add));
        return Set.copyOf(kinds);
    }

    /** Scope ids sorted, for messages and JSON answers. */
    public static List<String> sortedIds(Collection<Scope> scopes) {
        return scopes.stream().map(Scope::id).sorted().toList();
    }

    private static String join(Collection<String> ids) {
        return String.join(",", new TreeSet<>(ids));
    }

    private static Set<String> ids(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
