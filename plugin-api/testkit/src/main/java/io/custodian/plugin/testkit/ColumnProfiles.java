package io.custodian.plugin.testkit;

import io.custodian.plugin.api.classifier.ColumnProfile;
import java.util.Arrays;
import java.util.List;

/**
 * Short ways to build a {@link ColumnProfile} for classifier tests. Columns made here live in a table
 * {@code contract_test} of a source {@code test://contract/db.public}, which a classifier should not care about.
 */
public final class ColumnProfiles {

    private static final String TABLE = "contract_test";
    private static final String TABLE_QUALIFIED_NAME = "test://contract/db.public." + TABLE;

    private ColumnProfiles() {
    }

    /** A column named {@code name} of type {@code dataType} with these sampled values (nulls allowed) and no siblings. */
    public static ColumnProfile column(String name, String dataType, String... samples) {
        return column(name, dataType, List.of(), Arrays.asList(samples));
    }

    /** A column with sibling columns (the other columns of its table) and sampled values. */
    public static ColumnProfile column(String name, String dataType, List<String> siblingColumns, List<String> samples) {
        return new ColumnProfile(TABLE_QUALIFIED_NAME + "." + name, TABLE, name, dataType, siblingColumns, null, samples);
    }

    /** The same column with its samples removed, as the host passes it to a plugin without {@code samples.read}. */
    public static ColumnProfile withoutSamples(ColumnProfile column) {
        return withSamples(column, List.of());
    }

    /** The same column with other sampled values. */
    public static ColumnProfile withSamples(ColumnProfile column, List<String> samples) {
        return new ColumnProfile(column.qualifiedName(), column.table(), column.column(), column.dataType(),
                column.siblingColumns(), column.statistics(), samples);
    }
}
