package io.custodian.plugins.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.TableStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Chinook and Northwind sample databases as the connector sees them; the expected tables, column counts and
 * row counts are those /work/shared/datasets/load_results.json records for the same dumps.
 */
class ChinookNorthwindCatalogTest {

    @Test
    void chinookHasElevenTablesOfSixtyFourColumnsWithKeysAndExactCounts() throws Exception {
        try (SampleDatabase chinook = SampleDatabase.chinook(); ConnectorSession session = new PostgresConnector().open(chinook.settings())) {
            Map<String, DataAsset> tables = publicTables(session);
            assertEquals(11, tables.size(), tables.keySet().toString());
            assertEquals(64, tables.values().stream().mapToInt(t -> t.columns().size()).sum());
            assertEquals(List.of("track_id"), tables.get("track").primaryKey());
            assertTrue(tables.get("track").foreignKeys().stream().anyMatch(k -> k.referencedPath().get(2).equals("album")));
            assertEquals(8715, rows(session, tables.get("playlist_track")));
            assertEquals(3503, rows(session, tables.get("track")));
        }
    }

    @Test
    void northwindHasFourteenTablesOfNinetyTwoColumnsAndExactCounts() throws Exception {
        try (SampleDatabase northwind = SampleDatabase.northwind();
             ConnectorSession session = new PostgresConnector().open(northwind.settings())) {
            Map<String, DataAsset> tables = publicTables(session);
            assertEquals(14, tables.size(), tables.keySet().toString());
            assertEquals(92, tables.values().stream().mapToInt(t -> t.columns().size()).sum());
            assertEquals(2155, rows(session, tables.get("order_details")));
            assertEquals(830, rows(session, tables.get("orders")));
            assertEquals(0, rows(session, tables.get("customer_demographics")), "an empty table is still catalogued");
        }
    }

    private static Map<String, DataAsset> publicTables(ConnectorSession session) {
        Container database = session.containers(null).findFirst().orElseThrow();
        Container schema = session.containers(database).filter(c -> c.name().equals("public")).findFirst().orElseThrow();
        return session.assets(schema).filter(a -> a.kind() == AssetKind.TABLE)
                .collect(Collectors.toMap(DataAsset::name, Function.identity()));
    }

    private static long rows(ConnectorSession session, DataAsset table) {
        TableStatistics statistics = session.statistics(table, List.of(table.columns().get(0).name()));
        return statistics.rowCount();
    }
}
