package io.custodian.plugin.api.connector;

import java.util.Objects;

/**
 * A column of a table, view or file.
 *
 * @param name         the column's name as the source spells it
 * @param position     1-based ordinal position
 * @param dataType     the source's type name, for example {@code character varying(45)}
 * @param nullable     whether it accepts nulls
 * @param defaultValue the default expression, or {@code null}
 * @param comment      the source's comment, or {@code null}
 */
public record ColumnInfo(String name, int position, String dataType, boolean nullable, String defaultValue, String comment) {

    /** Rejects a missing name or type and a position below 1. */
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        if (position < 1) {
            throw new IllegalArgumentException("position is 1-based: " + position);
        }
    }
}
