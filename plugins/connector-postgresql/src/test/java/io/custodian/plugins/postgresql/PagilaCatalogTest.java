package io.custodian.plugins.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.ForeignKey;
import io.custodian.plugin.api.connector.Sample;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pagila dataset as the connector sees it; expected figures from /work/shared/datasets/load_results.json. */
class PagilaCatalogTest {

    /** The 22 tables load_results.json lists for pagila, the partitioned payment and its 7 partitions included. */
    private static final Set<String> TABLES = Set.of("actor", "address", "category", "city", "country", "customer", "film",
            "film_actor", "film_category", "inventory", "language", "payment", "payment_p2022_01", "payment_p2022_02",
            "payment_p2022_03", "payment_p2022_04", "payment_p2022_05", "payment_p2022_06", "payment_p2022_07", "rental", "staff", "store");

    private static SampleDatabase pagila;

    private ConnectorSession session;

    @BeforeAll
    static void loadPagila() throws Exception {
        pagila = SampleDatabase.pagila();
    }

    @AfterAll
    static void dropPagila() throws Exception {
        if (pagila != null) {
            pagila.close();
        }
    }

    @BeforeEach
    void open() {
        session = new PostgresConnector().open(pagila.settings());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void namesFollowTheOpenLineageConvention() {
        assertEquals("postgres://127.0.0.1:5432", session.namespace());
        assertEquals(pagila.name + ".public.actor", session.datasetName(List.of(pagila.name, "public", "actor")));
    }

    @Test
    void containersAreTheDatabaseAndItsNonSystemSchemas() {
        Container database = session.containers(null).findFirst().orElseThrow();
        assertEquals(new Container(List.of(pagila.name), ContainerKind.DATABASE), database);
        List<String> schemas = session.containers(database).map(Container::name).toList();
        assertTrue(schemas.contains("public"), schemas.toString());
        assertFalse(schemas.contains("pg_catalog") || schemas.contains("information_schema"), schemas.toString());
    }

    @Test
    void listsTheTwentyTwoTablesAndSevenViewsWithDefinitions() {
        Map<String, DataAsset> assets = publicAssets();
        Set<String> tables = assets.values().stream().filter(a -> a.kind() == AssetKind.TABLE).map(DataAsset::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TABLES), tables);
        List<DataAsset> views = assets.values().stream().filter(a -> a.kind() == AssetKind.VIEW).toList();
        assertEquals(7, views.size(), views.stream().map(DataAsset::name).toList().toString());
        for (DataAsset view : views) {
            assertTrue(view.viewDefinition() != null && view.viewDefinition().toUpperCase().contains("SELECT"), view.name());
        }
    }

    @Test
    void keysColumnsAndTokens() {
        Map<String, DataAsset> assets = publicAssets();
        assertEquals(List.of("actor_id", "film_id"), assets.get("film_actor").primaryKey());
        // pagila declares payment's foreign keys on each partition, not on the partitioned parent.
        ForeignKey toCustomer = assets.get("payment_p2022_01").foreignKeys().stream()
                .filter(key -> key.referencedPath().equals(List.of(pagila.name, "public", "customer"))).findFirst().orElseThrow();
        assertEquals(List.of("customer_id"), toCustomer.columns());
        assertEquals(List.of("customer_id"), toCustomer.referencedColumns());
        ColumnInfo email = assets.get("customer").columns().stream().filter(c -> c.name().equals("email")).findFirst().orElseThrow();
        assertTrue(email.dataType().contains("text"), email.dataType());
        assertTrue(assets.get("actor").changeToken() != null, "tables carry a change token");
    }

    @Test
    void rowCountAndEmailStatisticsAreExact() {
        Map<String, DataAsset> assets = publicAssets();
        assertEquals(200, session.statistics(assets.get("actor"), List.of("actor_id")).rowCount());
        ColumnStatistics email = session.statistics(assets.get("customer"), List.of("email")).columns().get(0);
        assertEquals(0.0, email.nullShare());
        assertEquals(599L, email.distinctCount());
    }

    @Test
    void analyzedTablesUsePlannerEstimatesAndSaySo() throws Exception {
        pagila.execute("ANALYZE public.customer");
        DataAsset customer = publicAssets().get("customer");
        ColumnStatistics email = session.statistics(customer, List.of("email")).columns().get(0);
        assertTrue(email.distinctApproximate(), "after ANALYZE the distinct count comes from pg_stats");
        assertEquals(599L, email.distinctCount());
        assertEquals(599, customer.rowCount(), "the asset's row count is the planner's estimate");
    }

    @Test
    void neverAnalyzedTablesGetExactDistinctCounts() throws Exception {
        // Three rows stay below autovacuum's analyze threshold (50 rows), so pg_stats has nothing on it.
        pagila.execute("CREATE TABLE public.tiny (code text); INSERT INTO public.tiny VALUES ('a'), ('b'), ('a')");
        try {
            ColumnStatistics code = session.statistics(publicAssets().get("tiny"), List.of("code")).columns().get(0);
            assertFalse(code.distinctApproximate());
            assertEquals(2L, code.distinctCount());
            assertEquals("a", code.min());
            assertEquals(1.0, code.averageLength());
        } finally {
            pagila.execute("DROP TABLE public.tiny");
        }
    }

    @Test
    void samplesTenRowsOfFullWidthFromSmallAndSampledTables() throws Exception {
        pagila.execute("ANALYZE public.rental");
        Map<String, DataAsset> assets = publicAssets();
        for (String table : List.of("payment", "rental", "actor")) {
            DataAsset asset = assets.get(table);
            List<String> columns = asset.columns().stream().map(ColumnInfo::name).toList();
            Sample sample = session.sample(asset, columns, 10);
            assertEquals(10, sample.rows().size(), table);
            sample.rows().forEach(row -> assertEquals(columns.size(), row.size(), table));
        }
    }

    @Test
    void changeTokenFollowsStructureChanges() throws Exception {
        pagila.execute("CREATE TABLE public.evolving (id int)");
        try {
            String before = publicAssets().get("evolving").changeToken();
            pagila.execute("ALTER TABLE public.evolving ADD COLUMN note text");
            String after = publicAssets().get("evolving").changeToken();
            assertNotEquals(before, after);
        } finally {
            pagila.execute("DROP TABLE public.evolving");
        }
    }

    private Map<String, DataAsset> publicAssets() {
        try (Stream<DataAsset> stream = session.assets(new Container(List.of(pagila.name, "public"), ContainerKind.SCHEMA))) {
            return stream.collect(Collectors.toMap(DataAsset::name, Function.identity()));
        }
    }
}
