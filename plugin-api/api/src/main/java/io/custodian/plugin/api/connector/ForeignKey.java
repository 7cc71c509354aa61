package io.custodian.plugin.api.connector;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name              the constraint's name, or {@code null}
 * @param columns           the referencing columns, in key order
 * @param referencedPath    container path plus the referenced asset's name, for example {@code ["sales", "public", "customer"]}
 * @param referencedColumns the referenced columns, in key order
 */
public record ForeignKey(String name, List<String> columns, List<String> referencedPath, List<String> referencedColumns) {

    /** Copies the lists; the two column lists must have the same length. */
    public ForeignKey {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        referencedPath = List.copyOf(Objects.requireNonNull(referencedPath, "referencedPath"));
        referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key maps as many columns as it references");
        }
    }
}
