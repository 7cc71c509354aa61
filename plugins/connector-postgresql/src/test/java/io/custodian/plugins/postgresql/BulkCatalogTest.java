package io.custodian.plugins.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.ForeignKey;
import io.custodian.plugins.jdbc.JdbcConnections;
import io.custodian.plugins.jdbc.JdbcDialect;
import io.custodian.plugins.jdbc.JdbcSession;
import io.custodian.plugins.jdbc.SqlDiagnoser;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk catalog queries give exactly what the per-table path (pgjdbc's DatabaseMetaData and the dialect's per-table
 * queries) gives, on Pagila and on {@link OddSchemas}; the token listing equals the assets' tokens; and a named read
 * describes only the named tables. Only with custodian.it.postgres=true.
 */
class BulkCatalogTest {

    private static final List<String> SCHEMAS = List.of("public", OddSchemas.MIXED, OddSchemas.WEIRD, OddSchemas.OTHER, "many");

    private static SampleDatabase pagila;

    private ConnectorSession bulk;
    private ConnectorSession perTable;

    @BeforeAll
    static void loadPagilaAndOddSchemas() throws Exception {
        pagila = SampleDatabase.pagila();
        OddSchemas.create(pagila);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (pagila != null) {
            pagila.close();
        }
    }

    @BeforeEach
    void open() {
        bulk = new PostgresConnector().open(pagila.settings());
        perTable = session(PerTableDialect.of(new PostgresDialect()), connection());
    }

    @AfterEach
    void close() {
        bulk.close();
        perTable.close();
    }

    @Test
    void bulkAndPerTableDescribeEveryTableAndViewAlike() {
        int compared = 0;
        for (String schema : SCHEMAS) {
            List<DataAsset> expected = assets(perTable, schema);
            List<DataAsset> actual = assets(bulk, schema);
            assertEquals(names(expected), names(actual), schema);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), schema + "." + expected.get(i).name());
            }
            assertFalse(expected.isEmpty(), schema);
            compared += expected.size();
        }
        // pagila's 22 tables and 7 views; 5, 18 and 3 in the odd schemas; many's tables and a view every 50.
        assertEquals(29 + 5 + 18 + 3 + OddSchemas.MANY + OddSchemas.MANY / 50, compared);
    }

    @Test
    void theOddCasesAreThereToCompare() {
        Map<String, DataAsset> mixed = byName(assets(bulk, OddSchemas.MIXED));
        Map<String, String> types = mixed.get("CamelCase").columns().stream()
                .collect(Collectors.toMap(ColumnInfo::name, ColumnInfo::dataType));
        assertEquals("serial", types.get("Id"));
        assertEquals("bigserial", types.get("big"));
        assertEquals("smallserial", types.get("small"));
        assertEquals("int4", types.get("ident"), "identity columns draw from no nextval default");
        assertEquals("serial", types.get("seq_default"));
        assertEquals("text", types.get("seq_text"));
        assertEquals("_int4", types.get("ints"));
        assertEquals("_mood", types.get("moods"));
        assertEquals("\"other\".\"_colour\"", types.get("colours"), "types off the search path are qualified");
        assertEquals("\"other\".\"short_text\"", types.get("short"));
        assertEquals("\"Mixed Case\".\"Odd Domain\"", types.get("odd"));
        assertEquals("positive", types.get("pos"));
        assertEquals("bpchar", types.get("code"));
        assertEquals("timestamptz", types.get("ts"));
        ColumnInfo pos = column(mixed.get("CamelCase"), "pos");
        assertFalse(pos.nullable(), "a NOT NULL domain makes the column not nullable");
        assertEquals(List.of("Id", "big", "small"), mixed.get("CamelCase").columns().subList(0, 3).stream().map(ColumnInfo::name).toList());
        assertEquals("added_last", mixed.get("CamelCase").columns().get(mixed.get("CamelCase").columns().size() - 1).name());
        ForeignKey parentKey = mixed.get("CamelCase").foreignKeys().stream().filter(k -> "Parent Key".equals(k.name())).findFirst().orElseThrow();
        assertEquals(List.of(pagila.name, "other", "parent"), parentKey.referencedPath());
        assertEquals(List.of("pa", "pb"), parentKey.columns());
        assertEquals(List.of("a", "b"), parentKey.referencedColumns());
        assertTrue(mixed.containsKey("Dup") && mixed.containsKey("dup") && mixed.containsKey("it's") && mixed.containsKey("café"));

        Map<String, DataAsset> weird = byName(assets(bulk, OddSchemas.WEIRD));
        assertEquals(List.of("id", "note"), weird.get("a_b").columns().stream().map(ColumnInfo::name).toList(), "no columns of axb");
        assertEquals(1, weird.get("per%cent").columns().size());
        assertEquals(1, weird.get("back\\slash").columns().size());
        assertEquals(2, weird.get("br{a,c}e\"s NULL").columns().size());
        assertEquals(List.of("id", "at"), weird.get("events").primaryKey());
        assertEquals(3, weird.get("event_refs").foreignKeys().size(), "the key to the partitioned table and one per partition");
        assertEquals(120, weird.get("a_b").rowCount());
        assertFalse(weird.containsKey("summary"), "materialized views are not listed by either path");
        assertEquals(AssetKind.VIEW, weird.get("View Of CamelCase").kind());
        assertTrue(weird.get("View Of CamelCase").viewDefinition().contains("\"quo\"\"te\""));
    }

    @Test
    void tokenListingEqualsTheTokensOfTheAssets() {
        for (String schema : SCHEMAS) {
            List<AssetToken> described = assets(bulk, schema).stream()
                    .map(asset -> new AssetToken(asset.name(), asset.kind(), asset.changeToken())).sorted(byName()).toList();
            List<AssetToken> listed;
            try (Stream<AssetToken> stream = bulk.changeTokens(container(schema))) {
                listed = stream.sorted(byName()).toList();
            }
            assertEquals(described, listed, schema);
        }
    }

    @Test
    void tokenListingFollowsAStructureChangeOfOneTable() throws Exception {
        Map<String, String> before = tokens(OddSchemas.OTHER);
        pagila.execute("ALTER TABLE other.evolving ADD COLUMN note text");
        try {
            Map<String, String> after = tokens(OddSchemas.OTHER);
            assertNotEquals(before.get("evolving"), after.get("evolving"));
            before.remove("evolving");
            after.remove("evolving");
            assertEquals(before, after, "the other tables keep their tokens");
        } finally {
            pagila.execute("ALTER TABLE other.evolving DROP COLUMN note");
        }
    }

    @Test
    void namedAssetsAreExactlyTheNamedOnesDescribedAlike() {
        Container pub = container("public");
        List<DataAsset> named;
        try (Stream<DataAsset> stream = bulk.assets(pub, Set.of("actor", "actor_info", "payment_p2022_01", "no_such_table"))) {
            named = stream.toList();
        }
        List<DataAsset> expected = assets(perTable, "public").stream()
                .filter(asset -> Set.of("actor", "actor_info", "payment_p2022_01").contains(asset.name())).toList();
        assertEquals(3, expected.size());
        assertEquals(expected, named);
        try (Stream<DataAsset> stream = bulk.assets(container(OddSchemas.MIXED), Set.of("Dup"))) {
            assertEquals(List.of("Dup"), names(stream.toList()), "names are exact, not case-folded");
        }
    }

    @Test
    void aSchemaOfManyTablesTakesFourQueriesPerChunk() {
        AtomicInteger prepared = new AtomicInteger();
        try (ConnectorSession counted = session(new PostgresDialect(), countingPrepares(connection(), prepared))) {
            try (Stream<DataAsset> stream = counted.assets(container("many"))) {
                assertEquals(OddSchemas.MANY + OddSchemas.MANY / 50, stream.count());
            }
        }
        assertEquals(3 * 4, prepared.get(), "459 tables and views: three chunks of four queries, plus the driver's listing");
    }

    private static Connection connection() {
        JdbcDialect dialect = new PostgresDialect();
        return new JdbcConnections(new SqlDiagnoser(dialect)).open(PostgresSettings.target(pagila.settings()));
    }

    private static ConnectorSession session(JdbcDialect dialect, Connection connection) {
        return new JdbcSession(connection, dialect, pagila.name, "the test database");
    }

    /** The connection, counting the statements prepared on it (the dialect's queries, not the driver's metadata calls). */
    private static Connection countingPrepares(Connection connection, AtomicInteger prepared) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private Map<String, String> tokens(String schema) {
        try (Stream<AssetToken> stream = bulk.changeTokens(container(schema))) {
            return stream.collect(Collectors.toMap(AssetToken::name, AssetToken::changeToken));
        }
    }

    private static List<DataAsset> assets(ConnectorSession session, String schema) {
        try (Stream<DataAsset> stream = session.assets(container(schema))) {
            return stream.toList();
        }
    }

    private static Container container(String schema) {
        return new Container(List.of(pagila.name, schema), ContainerKind.SCHEMA);
    }

    private static List<String> names(List<DataAsset> assets) {
        return assets.stream().map(DataAsset::name).toList();
    }

    private static Map<String, DataAsset> byName(List<DataAsset> assets) {
        return assets.stream().collect(Collectors.toMap(DataAsset::name, Function.identity()));
    }

    private static ColumnInfo column(DataAsset asset, String name) {
        return asset.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Comparator<AssetToken> byName() {
        return Comparator.comparing(AssetToken::name);
    }
}
