package io.custodian.plugins.mariadb;

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

/** The Sakila dataset as the connector sees it; expected figures from /work/shared/datasets/load_results.json. */
class SakilaCatalogTest {

    /** The 16 tables load_results.json lists for sakila_mysql. */
    private static final Set<String> TABLES = Set.of("actor", "address", "category", "city", "country", "customer", "film",
            "film_actor", "film_category", "film_text", "inventory", "language", "payment", "rental", "staff", "store");
    private static final String SERVER = SakilaDatabase.HOST + ":" + SakilaDatabase.PORT;

    private static SakilaDatabase sakila;

    private ConnectorSession session;

    @BeforeAll
    static void loadSakila() throws Exception {
        sakila = SakilaDatabase.create();
    }

    @AfterAll
    static void dropSakila() throws Exception {
        if (sakila != null) {
            sakila.close();
        }
    }

    @BeforeEach
    void open() {
        session = new MariaDbConnector().open(sakila.settings());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void namesFollowTheOpenLineageConventionForMySql() {
        assertEquals("mysql://127.0.0.1:3306", session.namespace());
        Container server = session.containers(null).findFirst().orElseThrow();
        assertEquals(sakila.name + ".actor", session.datasetName(List.of(server.name(), sakila.name, "actor")), "the server is the namespace");
    }

    @Test
    void containersAreTheServerAndTheConfiguredDatabase() {
        Container server = session.containers(null).findFirst().orElseThrow();
        assertEquals(new Container(List.of(SERVER), ContainerKind.DATABASE), server);
        assertEquals(List.of(sakila.name), session.containers(server).map(Container::name).toList());
    }

    @Test
    void withoutADatabaseEveryNonSystemDatabaseIsListed() {
        try (ConnectorSession all = new MariaDbConnector().open(SakilaDatabase.settings(SakilaDatabase.HOST, SakilaDatabase.PORT, null))) {
            Container server = all.containers(null).findFirst().orElseThrow();
            List<String> schemas = all.containers(server).map(Container::name).toList();
            assertTrue(schemas.contains(sakila.name), schemas.toString());
            for (String system : List.of("information_schema", "mysql", "performance_schema", "sys")) {
                assertFalse(schemas.contains(system), schemas.toString());
            }
        }
    }

    @Test
    void listsTheSixteenTablesAndSevenViewsWithDefinitions() {
        Map<String, DataAsset> assets = assets();
        Set<String> tables = assets.values().stream().filter(a -> a.kind() == AssetKind.TABLE).map(DataAsset::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TABLES), tables);
        List<DataAsset> views = assets.values().stream().filter(a -> a.kind() == AssetKind.VIEW).toList();
        assertEquals(7, views.size(), views.stream().map(DataAsset::name).toList().toString());
        for (DataAsset view : views) {
            assertTrue(view.viewDefinition() != null && view.viewDefinition().toUpperCase().contains("SELECT"), view.name());
        }
        assertTrue(assets.get("actor_info").viewDefinition().contains("actor"), "the definition is the view's own SQL");
    }

    @Test
    void keysColumnsAndTokens() {
        Map<String, DataAsset> assets = assets();
        assertEquals(List.of("actor_id", "film_id"), assets.get("film_actor").primaryKey());
        ForeignKey toCustomer = assets.get("payment").foreignKeys().stream()
                .filter(key -> key.referencedPath().equals(List.of(SERVER, sakila.name, "customer"))).findFirst().orElseThrow();
        assertEquals(List.of("customer_id"), toCustomer.columns());
        assertEquals(List.of("customer_id"), toCustomer.referencedColumns());
        ColumnInfo email = assets.get("customer").columns().stream().filter(c -> c.name().equals("email")).findFirst().orElseThrow();
        assertTrue(email.dataType().toUpperCase().contains("VARCHAR"), email.dataType());
        assertTrue(assets.get("actor").changeToken() != null, "tables carry a change token");
        assertTrue(assets.get("actor").rowCount() > 0, "tables carry the server's row estimate");
    }

    @Test
    void rowCountAndEmailStatisticsAreExact() {
        Map<String, DataAsset> assets = assets();
        assertEquals(200, session.statistics(assets.get("actor"), List.of("actor_id")).rowCount());
        var customer = session.statistics(assets.get("customer"), List.of("email"));
        ColumnStatistics email = customer.columns().get(0);
        assertEquals(0.0, email.nullShare());
        assertEquals(customer.rowCount(), email.distinctCount());
        assertEquals(599L, email.distinctCount());
        assertFalse(email.distinctApproximate(), "count(distinct) is exact");
        assertTrue(email.averageLength() > 10, "emails are longer than 10 characters: " + email.averageLength());
    }

    @Test
    void samplesTenRowsOfFullWidth() {
        Map<String, DataAsset> assets = assets();
        for (String table : List.of("payment", "rental", "actor", "film")) {
            DataAsset asset = assets.get(table);
            List<String> columns = asset.columns().stream().map(ColumnInfo::name).toList();
            Sample sample = session.sample(asset, columns, 10);
            assertEquals(10, sample.rows().size(), table);
            sample.rows().forEach(row -> assertEquals(columns.size(), row.size(), table));
        }
    }

    @Test
    void changeTokenFollowsStructureChanges() throws Exception {
        sakila.execute("CREATE TABLE evolving (id int)");
        try {
            String before = assets().get("evolving").changeToken();
            sakila.execute("ALTER TABLE evolving ADD COLUMN note text");
            String after = assets().get("evolving").changeToken();
            assertNotEquals(before, after);
        } finally {
            sakila.execute("DROP TABLE evolving");
        }
    }

    private Map<String, DataAsset> assets() {
        try (Stream<DataAsset> stream = session.assets(new Container(List.of(SERVER, sakila.name), ContainerKind.SCHEMA))) {
            return stream.collect(Collectors.toMap(DataAsset::name, Function.identity()));
        }
    }
}
