package io.custodian.catalog.internal;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts named as the scanning group names them (OpenLineage): source {@code ns}, database {@code ns/db}, schema
 * {@code ns/db.s}, table {@code ns/db.s.t}, column {@code ns/db.s.t#c}.
 */
public final class Drafts {

    private Drafts() {
    }

    public static String ns(String sourceId) {
        return "custodian://source-" + sourceId;
    }

    public static AssetDraft source(String sourceId) {
        return new AssetDraft(sourceId, ns(sourceId), null, AssetType.SOURCE, "source " + sourceId, Map.of(), null);
    }

    public static AssetDraft database(String sourceId, String db) {
        return new AssetDraft(sourceId, ns(sourceId) + "/" + db, ns(sourceId), AssetType.DATABASE, db, Map.of(), null);
    }

    public static AssetDraft schema(String sourceId, String db, String schema) {
        return new AssetDraft(sourceId, ns(sourceId) + "/" + db + "." + schema, ns(sourceId) + "/" + db,
                AssetType.SCHEMA, schema, Map.of(), null);
    }

    public static AssetDraft table(AssetDraft schema, String table, Map<String, Object> technical, String token) {
        return new AssetDraft(schema.sourceId(), schema.qualifiedName() + "." + table, schema.qualifiedName(),
                AssetType.TABLE, table, technical, token);
    }

    public static AssetDraft table(AssetDraft schema, String table) {
        return table(schema, table, Map.of("comment", "table " + table), "t1");
    }

    public static AssetDraft column(AssetDraft table, String name, String dataType, int position) {
        return column(table, name, Map.of("dataType", dataType, "nullable", true, "position", position));
    }

    public static AssetDraft column(AssetDraft table, String name, Map<String, Object> technical) {
        return new AssetDraft(table.sourceId(), table.qualifiedName() + "#" + name, table.qualifiedName(),
                AssetType.COLUMN, name, technical, null);
    }

    /** Columns c0..c(n-1), VARCHAR, nullable, positions 1..n. */
    public static List<AssetDraft> columns(AssetDraft table, int count) {
        List<AssetDraft> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            columns.add(column(table, "c" + i, "VARCHAR", i + 1));
        }
        return columns;
    }

    /** {@code technical} with one entry replaced or added. */
    public static Map<String, Object> with(Map<String, Object> technical, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(technical);
        copy.put(key, value);
        return copy;
    }
}
