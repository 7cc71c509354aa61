package io.custodian.platform.plugin.packaging.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets for records: iteration follows declaration order, so output is stable. */
public final class Sets {

    private Sets() {
    }

    /** An unmodifiable copy of {@code values} in declaration order; {@code null} gives an empty set. */
    public static <E extends Enum<E>> Set<E> copyOf(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                copy.add(java.util.Objects.requireNonNull(value, "null element"));
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
