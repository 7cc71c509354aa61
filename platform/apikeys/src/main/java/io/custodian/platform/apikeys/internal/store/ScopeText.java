package io.custodian.platform.apikeys.internal.store;

import io.custodian.platform.authz.api.PermissionPattern;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scopes as stored: one comma-separated column, sorted so equal sets store equal text. Permission
 * patterns cannot contain commas, so the text round-trips.
 */
public final class ScopeText {

    private ScopeText() {
    }

    /** The stored form of {@code scopes}. */
    public static String format(Collection<PermissionPattern> scopes) {
        return scopes.stream().map(PermissionPattern::toString).collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(","));
    }

    /**
     * The patterns of a stored text.
     *
     * @throws IllegalArgumentException if the text holds something that is not a pattern
     */
    public static Set<PermissionPattern> parse(String text) {
        return names(text).stream().map(PermissionPattern::parse).collect(Collectors.toUnmodifiableSet());
    }

    /** The pattern texts of a stored text, in stored (sorted) order. */
    public static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
