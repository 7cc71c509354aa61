package io.custodian.platform.access.internal.store;

import io.custodian.platform.authz.api.PermissionPattern;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Permission patterns as stored: one comma-separated column. Patterns cannot contain commas, so
 * the text round-trips; it is sorted so that equal sets store equal text.
 */
public final class PatternText {

    private PatternText() {
    }

    /** The stored form of {@code patterns}. */
    public static String format(Collection<PermissionPattern> patterns) {
        return patterns.stream().map(PermissionPattern::toString).collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(","));
    }

    /** The patterns of a stored text. */
    public static Set<PermissionPattern> parse(String text) {
        return names(text).stream().map(PermissionPattern::parse).collect(Collectors.toUnmodifiableSet());
    }

    /** The pattern texts of a stored text, in stored order. */
    public static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
