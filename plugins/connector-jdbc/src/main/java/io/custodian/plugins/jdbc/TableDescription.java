package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.ForeignKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the catalog learns about one table or view, filled either table by table from
 * {@link java.sql.DatabaseMetaData} or by a dialect's bulk queries ({@link JdbcDialect#describeTables}). Both paths
 * feed the same methods, row by row as the metadata result sets give them, so the same facts make the same
 * {@link DataAsset} whichever path read them.
 */
public final class TableDescription {

    private final List<ColumnInfo> columns = new ArrayList<>();
    private final Map<Integer, String> primaryKey = new TreeMap<>();
    private final Map<String, KeyBuilder> foreignKeys = new LinkedHashMap<>();
    private String viewDefinition;
    private long rowEstimate = -1;
    private String changeToken;

    /**
     * Adds the next column; columns are numbered 1..n in the order they are added.
     *
     * @param typeName     the database's type name ({@code TYPE_NAME}); {@code null} becomes {@code unknown}
     * @param defaultValue the default expression as the database prints it, or {@code null}
     * @param comment      the column's comment; {@code null} or blank means none
     */
    public void addColumn(String name, String typeName, boolean nullable, String defaultValue, String comment) {
        columns.add(new ColumnInfo(name, columns.size() + 1, typeName == null ? "unknown" : typeName, nullable, defaultValue,
                blankToNull(comment)));
    }

    /** Adds a primary key column; {@code sequence} is its 1-based place in the key ({@code KEY_SEQ}). */
    public void addPrimaryKeyColumn(int sequence, String column) {
        primaryKey.put(sequence, column);
    }

    /**
     * Adds one column pair of a foreign key ({@code getImportedKeys} row). Pairs of one key share its name; a key
     * without a name is told apart by the table it references.
     *
     * @param constraint       the key's name ({@code FK_NAME}), or {@code null}
     * @param referencedSchema the schema of the referenced table
     * @param referencedTable  the referenced table
     * @param sequence         the pair's 1-based place in the key ({@code KEY_SEQ})
     * @param column           the referencing column
     * @param referencedColumn the referenced column
     */
    public void addForeignKeyColumn(String constraint, String referencedSchema, String referencedTable, int sequence, String column,
                                    String referencedColumn) {
        String id = constraint != null ? constraint : referencedSchema + "." + referencedTable;
        foreignKeys.computeIfAbsent(id, k -> new KeyBuilder(constraint, referencedSchema, referencedTable))
                .add(sequence, column, referencedColumn);
    }

    /** The SQL of a view; {@code null} when unknown. */
    public void viewDefinition(String sql) {
        this.viewDefinition = sql;
    }

    /** The database's row estimate, or -1 when unknown (the starting value). */
    public void rowEstimate(long rows) {
        this.rowEstimate = rows;
    }

    /** The dialect's change token; without one ({@code null}, the starting value) a structure digest stands in. */
    public void changeToken(String token) {
        this.changeToken = token;
    }

    /** The asset these facts describe: {@code table} of {@code container}. */
    DataAsset toAsset(Container container, ListedTable table) {
        List<String> key = new ArrayList<>(primaryKey.values());
        List<ForeignKey> keys = foreignKeys.values().stream().map(builder -> builder.build(container)).toList();
        // Only views have SQL, whichever path read it: a bulk query may return it for other relations too.
        String view = table.kind() == AssetKind.VIEW ? viewDefinition : null;
        String token = changeToken != null ? changeToken : StructureToken.of(columns, key, keys, view, table.remarks(), rowEstimate);
        return new DataAsset(container, table.name(), table.kind(), columns, key, keys, view, blankToNull(table.remarks()),
                rowEstimate, token);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Collects one foreign key's column pairs in key order. */
    private static final class KeyBuilder {
        private final String name;
        private final String referencedSchema;
        private final String referencedTable;
        private final Map<Integer, String[]> pairs = new TreeMap<>();

        KeyBuilder(String name, String referencedSchema, String referencedTable) {
            this.name = name;
            this.referencedSchema = referencedSchema;
            this.referencedTable = referencedTable;
        }

        void add(int sequence, String column, String referenced) {
            pairs.put(sequence, new String[] {column, referenced});
        }

        /** The referenced table lives in the same database: the container's path with its schema swapped. */
        ForeignKey build(Container container) {
            List<String> path = new ArrayList<>(container.path().subList(0, container.path().size() - 1));
            path.add(referencedSchema);
            path.add(referencedTable);
            List<String> columns = pairs.values().stream().map(p -> p[0]).toList();
            List<String> referenced = pairs.values().stream().map(p -> p[1]).toList();
            return new ForeignKey(name, columns, path, referenced);
        }
    }
}
