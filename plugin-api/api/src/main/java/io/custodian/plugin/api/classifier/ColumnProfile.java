package io.custodian.plugin.api.classifier;

import io.custodian.plugin.api.connector.ColumnStatistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything a classifier may know about a column.
 *
 * @param qualifiedName  the column's qualified name (OpenLineage naming plus {@code .column})
 * @param table          the table's name
 * @param column         the column's name
 * @param dataType       the source's type name
 * @param siblingColumns the names of the other columns of the table (context: {@code first_name} next to {@code last_name})
 * @param statistics     the column's profile, or {@code null} if the scan did not compute one
 * @param samples        sampled values, nulls possible; always empty unless the plugin holds {@code samples.read}
 */
public record ColumnProfile(String qualifiedName, String table, String column, String dataType, List<String> siblingColumns,
                            ColumnStatistics statistics, List<String> samples) {

    /** Rejects a missing column name or type; copies the lists (samples may hold nulls). */
    public ColumnProfile {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(dataType, "dataType");
        siblingColumns = List.copyOf(siblingColumns == null ? List.of() : siblingColumns);
        samples = samples == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(samples));
    }
}
