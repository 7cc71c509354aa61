package io.custodian.plugin.api.connector;

import java.util.List;

/**
 * Statistics of one asset.
 *
 * @param rowCount exact number of rows
 * @param columns  one entry per requested column
 */
public record TableStatistics(long rowCount, List<ColumnStatistics> columns) {

    /** Copies the list; rejects a negative row count. */
    public TableStatistics {
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount is negative: " + rowCount);
        }
        columns = List.copyOf(columns == null ? List.of() : columns);
    }
}
