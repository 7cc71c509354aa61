package io.custodian.plugins.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.ForeignKey;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared session on a real (in-memory) H2 database. */
class JdbcSessionTest {

    private JdbcSession session;

    @BeforeAll
    static void createDatabase() throws Exception {
        ShopDatabase.create();
    }

    @BeforeEach
    void open() {
        JdbcDialect dialect = new H2TestDialect();
        session = new JdbcSession(new JdbcConnections(new SqlDiagnoser(dialect)).open(ShopDatabase.target(ShopDatabase.URL, "")),
                dialect, "SHOP", "the shop database");
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void withoutAChangeCounterTheTokenFollowsStructureAndSize() throws Exception {
        String before = assets("PUBLIC").get("CUSTOMERS").changeToken();
        assertNotNull(before, "H2 keeps no modification time: the token is derived from what was read");
        assertEquals(before, assets("PUBLIC").get("CUSTOMERS").changeToken(), "stable while nothing changes");
        String orders = assets("PUBLIC").get("ORDERS").changeToken();
        try (Connection connection = new org.h2.Driver().connect(ShopDatabase.URL, ShopDatabase.target(ShopDatabase.URL, "").properties());
             Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE customers ADD COLUMN nickname VARCHAR(20)");
            try {
                assertNotEquals(before, assets("PUBLIC").get("CUSTOMERS").changeToken(), "a new column changes it");
                assertEquals(orders, assets("PUBLIC").get("ORDERS").changeToken(), "other tables keep theirs");
            } finally {
                sql.execute("ALTER TABLE customers DROP COLUMN nickname");
            }
        }
        assertEquals(before, assets("PUBLIC").get("CUSTOMERS").changeToken());
    }

    @Test
    void listsTheDatabaseThenItsSchemasWithoutSystemOnes() {
        List<Container> top = session.containers(null).toList();
        assertEquals(List.of(new Container(List.of("SHOP"), ContainerKind.DATABASE)), top);
        List<String> schemas = session.containers(top.get(0)).map(Container::name).toList();
        assertEquals(List.of("PUBLIC", "Sales_2"), schemas.stream().sorted().toList());
    }

    @Test
    void describesTablesViewsColumnsKeysAndComments() {
        Map<String, DataAsset> assets = assets("PUBLIC");
        assertEquals(Map.of("CUSTOMERS", AssetKind.TABLE, "ORDERS", AssetKind.TABLE, "BIG_ORDERS", AssetKind.VIEW),
                assets.values().stream().collect(Collectors.toMap(DataAsset::name, DataAsset::kind)));

        DataAsset customers = assets.get("CUSTOMERS");
        assertEquals("people who buy", customers.comment());
        assertEquals(List.of("ID"), customers.primaryKey());
        ColumnInfo email = customers.columns().get(1);
        assertEquals(new ColumnInfo("EMAIL", 2, "CHARACTER VARYING", true, null, "contact address"), email);
        ColumnInfo name = customers.columns().get(2);
        assertFalse(name.nullable());
        assertEquals("'anon'", name.defaultValue());

        DataAsset orders = assets.get("ORDERS");
        assertEquals(List.of("CUSTOMER_ID", "LINE_NO"), orders.primaryKey());
        assertEquals(List.of(new ForeignKey("ORDERS_CUSTOMER", List.of("CUSTOMER_ID"), List.of("SHOP", "PUBLIC", "CUSTOMERS"), List.of("ID"))),
                orders.foreignKeys());

        String view = assets.get("BIG_ORDERS").viewDefinition();
        assertTrue(view != null && view.contains("\"AMOUNT\" >"), "view definition: " + view);
    }

    @Test
    void assetStreamDescribesTablesOnlyAsItIsConsumed() {
        Container schema = new Container(List.of("SHOP", "PUBLIC"), ContainerKind.SCHEMA);
        try (Stream<DataAsset> stream = session.assets(schema)) {
            assertEquals(1, stream.limit(1).count());
        }
        assertEquals(0, session.assets(new Container(List.of("OTHER", "PUBLIC"), ContainerKind.SCHEMA)).count(),
                "a schema of another database has no assets in this session");
    }

    @Test
    void statisticsComeFromOneAggregateWithTypeAwareColumns() {
        DataAsset customers = assets("PUBLIC").get("CUSTOMERS");
        TableStatistics stats = session.statistics(customers, List.of("EMAIL", "ID", "ACTIVE", "NOTES"));
        assertEquals(4, stats.rowCount());
        Map<String, ColumnStatistics> byName = stats.columns().stream().collect(Collectors.toMap(ColumnStatistics::column, Function.identity()));
        ColumnStatistics email = byName.get("EMAIL");
        assertEquals(0.25, email.nullShare());
        assertEquals(2L, email.distinctCount());
        assertFalse(email.distinctApproximate());
        assertEquals("a@x.io", email.min());
        assertEquals("b@x.io", email.max());
        assertEquals(6.0, email.averageLength());
        assertEquals("1", byName.get("ID").min());
        assertEquals("4", byName.get("ID").max());
        ColumnStatistics active = byName.get("ACTIVE");
        assertEquals(2L, active.distinctCount());
        assertNull(active.min(), "booleans are not ordered");
        ColumnStatistics notes = byName.get("NOTES");
        assertEquals(0.75, notes.nullShare());
        assertNull(notes.distinctCount(), "large objects get no distinct count");
    }

    @Test
    void quotesOddIdentifiers() {
        DataAsset odd = assets("Sales_2").get("Odd Name");
        assertEquals(2, session.statistics(odd, List.of("select")).rowCount());
        assertEquals(List.of("1", "2"), session.sample(odd, List.of("select"), 5).valuesOf("select").stream().sorted().toList());
    }

    @Test
    void sampleIsBoundedAndKeepsNulls() {
        DataAsset customers = assets("PUBLIC").get("CUSTOMERS");
        Sample sample = session.sample(customers, List.of("ID", "EMAIL"), 10);
        assertEquals(4, sample.rows().size());
        assertTrue(sample.valuesOf("EMAIL").contains(null));
        assertEquals(2, session.sample(customers, List.of("ID"), 2).rows().size());
        assertEquals(0, session.sample(customers, List.of("ID"), 0).rows().size());
    }

    @Test
    void unknownColumnIsAClearError() {
        DataAsset customers = assets("PUBLIC").get("CUSTOMERS");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> session.statistics(customers, List.of("NOPE")));
        assertTrue(error.getMessage().contains("NOPE"));
    }

    private Map<String, DataAsset> assets(String schema) {
        try (Stream<DataAsset> stream = session.assets(new Container(List.of("SHOP", schema), ContainerKind.SCHEMA))) {
            return stream.collect(Collectors.toMap(DataAsset::name, Function.identity()));
        }
    }
}
