package io.custodian.scanning.internal.engine;

import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.TableStatistics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connector's statistics as the catalog stores profiles: {@code rowCount} for the table; {@code nullShare},
 * {@code distinctCount}, {@code distinctApproximate}, {@code min}, {@code max}, {@code averageLength} for each
 * column, figures the connector could not compute left out.
 */
final class ProfileMaps {

    private ProfileMaps() {
    }

    static Map<String, Object> table(TableStatistics statistics) {
        return Map.of("rowCount", statistics.rowCount());
    }

    static Map<String, Map<String, Object>> columns(TableStatistics statistics) {
        Map<String, Map<String, Object>> columns = new LinkedHashMap<>();
        for (ColumnStatistics column : statistics.columns()) {
            Map<String, Object> profile = new LinkedHashMap<>();
            putIfPresent(profile, "nullShare", column.nullShare());
            putIfPresent(profile, "distinctCount", column.distinctCount());
            if (column.distinctCount() != null) {
                profile.put("distinctApproximate", column.distinctApproximate());
            }
            putIfPresent(profile, "min", column.min());
            putIfPresent(profile, "max", column.max());
            putIfPresent(profile, "averageLength", column.averageLength());
            columns.put(column.column(), profile);
        }
        return columns;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
