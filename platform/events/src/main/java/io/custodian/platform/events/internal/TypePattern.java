package io.custodian.platform.events.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which event types a subscriber wants: exact types ({@code io.custodian.kernel.started}), prefixes
 * ending in {@code *} ({@code io.custodian.kernel.*}), or {@code *} for everything; several of them
 * comma-separated or given as a list.
 *
 * @param exact    types matched exactly
 * @param prefixes prefixes matched with {@link String#startsWith(String)}; {@code ""} matches all
 */
record TypePattern(List<String> exact, List<String> prefixes) {

    TypePattern {
        exact = List.copyOf(exact);
        prefixes = List.copyOf(prefixes);
        if (exact.isEmpty() && prefixes.isEmpty()) {
            throw new IllegalArgumentException("an event type pattern names no type");
        }
    }

    /** Parses {@code "a.b, c.*"}. */
    static TypePattern parse(String patterns) {
        return parse(List.of(patterns == null ? "" : patterns));
    }

    /** Parses several pattern strings, each of which may itself be comma-separated. */
    static TypePattern parse(Collection<String> patterns) {
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String list : patterns) {
            for (String raw : list.split(",")) {
                String pattern = raw.trim();
                if (pattern.isEmpty()) {
                    continue;
                }
                int star = pattern.indexOf('*');
                if (star < 0) {
                    exact.add(pattern);
                } else if (star == pattern.length() - 1) {
                    prefixes.add(pattern.substring(0, star));
                } else {
                    throw new IllegalArgumentException(
                            "'*' is allowed only at the end of an event type pattern: " + pattern);
                }
            }
        }
        return new TypePattern(exact, prefixes);
    }

    boolean matches(String type) {
        if (exact.contains(type)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>(exact);
        prefixes.forEach(p -> all.add(p + "*"));
        return String.join(",", all);
    }
}
