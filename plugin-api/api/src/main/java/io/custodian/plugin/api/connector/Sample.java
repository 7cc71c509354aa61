package io.custodian.plugin.api.connector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A bounded sample of rows.
 *
 * @param columns the sampled columns, in the order of each row's values
 * @param rows    the rows; each has one value per column, SQL NULL as {@code null}
 */
public record Sample(List<String> columns, List<List<String>> rows) {

    /** Copies the lists (keeping nulls in rows); each row must have one value per column. */
    public Sample {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        List<List<String>> copied = new ArrayList<>();
        for (List<String> row : Objects.requireNonNull(rows, "rows")) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** The sampled values of one column, nulls included, in row order. */
    public List<String> valuesOf(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("not a sampled column: " + column);
        }
        List<String> values = new ArrayList<>(rows.size());
        rows.forEach(row -> values.add(row.get(index)));
        return values;
    }
}
