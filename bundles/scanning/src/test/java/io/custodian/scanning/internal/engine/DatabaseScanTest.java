package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.AssetType;
import io.custodian.datasources.api.DataSource;
import io.custodian.plugins.h2.H2Connector;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.testing.ConnectorSources;
import io.custodian.scanning.internal.testing.H2Databases;
import io.custodian.scanning.internal.testing.InMemoryCatalog;
import io.custodian.scanning.internal.testing.RecordingConnector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a real H2 database through the real H2 connector plugin. */
class DatabaseScanTest {

    @TempDir
    Path folder;

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final ConnectorSources sources = new ConnectorSources();
    private final RecordingConnector connector = new RecordingConnector(new H2Connector());
    private String url;
    private DataSource shop;
    private String schema;

    @BeforeEach
    void createShop() throws Exception {
        url = H2Databases.url(folder, "shop");
        H2Databases.createShop(url);
        shop = sources.add("shop", connector, H2Databases.settings(url), H2Databases.secrets());
        schema = "h2:" + url.substring("jdbc:h2:".length()) + "/SHOP.PUBLIC";
    }

    private EngineRun scan(ScanLevel level) {
        return EngineRun.of(catalog, sources, shop, level).run();
    }

    @Test
    void aFirstScanStoresTheWholeHierarchyWithOpenLineageNames() {
        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, run.status(), () -> run.errors.toString());
        ScanCounts counts = run.counts();
        assertEquals(2, counts.containers(), "the database and its PUBLIC schema");
        assertEquals(4, counts.assetsSeen(), "three tables and a view");
        assertEquals(4, counts.added());
        assertEquals(0, counts.removed());
        assertEquals(List.of(schema + ".BIG_ORDERS", schema + ".CUSTOMERS", schema + ".ORDERS", schema + ".PRODUCTS"),
                catalog.names(n -> n.type.holdsColumns()));
        assertEquals(AssetType.SOURCE, catalog.require("h2:" + url.substring("jdbc:h2:".length())).type);
        assertEquals(AssetType.VIEW, catalog.require(schema + ".BIG_ORDERS").type);
        InMemoryCatalog.Node orders = catalog.require(schema + ".ORDERS");
        assertEquals(List.of("ID"), orders.technical.get("primaryKey"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) orders.technical.get("foreignKeys");
        assertEquals(schema + ".CUSTOMERS", keys.get(0).get("references"));
        InMemoryCatalog.Node email = catalog.require(schema + ".CUSTOMERS#EMAIL");
        assertEquals(true, email.technical.get("nullable"));
        assertEquals(3, email.technical.get("position"));
        assertEquals(100, run.progress.percent());
        assertTrue(run.progress.sourceMillis() > 0, "time inside the connector is measured");
        assertEquals(1, sources.opened(), "a metadata scan reads through one session");
    }

    @Test
    void statisticsAreComputedInTheSourceAndRecordedAsProfiles() {
        EngineRun run = scan(ScanLevel.STATISTICS);

        assertEquals(ScanStatus.COMPLETED, run.status(), () -> run.errors.toString());
        assertEquals(3L, catalog.require(schema + ".CUSTOMERS").profile.get("rowCount"));
        Map<String, Object> email = catalog.require(schema + ".CUSTOMERS#EMAIL").columnProfile;
        assertEquals(2L, email.get("distinctCount"));
        assertEquals(1.0 / 3, (Double) email.get("nullShare"), 1e-9);
        assertEquals("ada@example.com", email.get("min"));
        assertFalse(catalog.require(schema + ".BIG_ORDERS#TOTAL").columnProfile.isEmpty(), "views are profiled too");
        assertTrue(sources.opened() <= 3, "the reading session and one per statistics worker: " + sources.opened());
    }

    @Test
    void aDroppedTableIsTombstonedWithItsColumnsAfterACompleteScan() throws Exception {
        scan(ScanLevel.METADATA);
        H2Databases.execute(url, "DROP VIEW big_orders", "DROP TABLE products");

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, rescan.status());
        assertEquals(2, rescan.counts().removed());
        assertTrue(catalog.require(schema + ".PRODUCTS").removed);
        assertTrue(catalog.require(schema + ".PRODUCTS#TITLE").removed);
        assertFalse(catalog.require(schema + ".ORDERS").removed);
        assertEquals(2, rescan.counts().assetsSeen());
    }

    @Test
    void aTableThatComesBackIsRestored() throws Exception {
        scan(ScanLevel.METADATA);
        H2Databases.execute(url, "DROP TABLE products");
        scan(ScanLevel.METADATA);
        H2Databases.execute(url, "CREATE TABLE products (sku VARCHAR(20) PRIMARY KEY, title VARCHAR(200), price DECIMAL(8,2))");

        EngineRun third = scan(ScanLevel.METADATA);

        assertEquals(1, third.counts().restored());
        assertFalse(catalog.require(schema + ".PRODUCTS").removed);
        assertFalse(catalog.require(schema + ".PRODUCTS#TITLE").removed);
        assertNotNull(catalog.require(schema + ".PRODUCTS#PRICE"));
    }

    @Test
    void aChangedTableCountsAsChanged() throws Exception {
        scan(ScanLevel.METADATA);
        H2Databases.execute(url, "COMMENT ON TABLE products IS 'what we sell'");

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(1, rescan.counts().changed());
        assertEquals("what we sell", catalog.require(schema + ".PRODUCTS").technical.get("comment"));
    }

    @Test
    void aRescanOfAConnectorThatCannotListTokensReadsOnceAndStoresOnlyTheChangedTable() throws Exception {
        scan(ScanLevel.METADATA);
        // H2 keeps no change counter: its tokens are a digest of what describing reads, so the connector cannot list them
        // without describing (no CHANGE_LISTING) and a re-scan is one pass that skips storing what did not move.
        assertNotNull(catalog.require(schema + ".PRODUCTS").changeToken, "the JDBC connectors give H2 tables a structure digest");
        H2Databases.execute(url, "ALTER TABLE products ADD COLUMN price DECIMAL(8,2)");
        connector.reset();
        long writes = catalog.assetWrites();

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, rescan.status(), () -> rescan.errors.toString());
        assertEquals(0, connector.listings(), "no token listing: it would describe everything a second time");
        assertEquals(List.of(), connector.describeCalls(), "no named describing either: one pass over the schema");
        assertEquals(1, rescan.counts().changed());
        assertEquals(3, rescan.counts().unchanged());
        assertEquals(writes + 1, catalog.assetWrites(), "only the changed table is stored again");
        assertNotNull(catalog.require(schema + ".PRODUCTS#PRICE"));
    }

    @Test
    void aSourceThatRefusesTheCredentialsFailsTheRunWithTheDiagnosis() {
        sources.reconfigure(shop.id(), H2Databases.settings(url), Map.of("password", "wrong"));

        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.FAILED, run.status());
        assertTrue(run.outcome.message().startsWith("The source could not be opened (connector.auth_failed): "),
                run.outcome.message());
        assertTrue(catalog.names(n -> true).isEmpty());
    }

    @Test
    void tablesOutOfScopeAreNeitherStoredNorTombstoned() {
        scan(ScanLevel.METADATA);
        catalog.require(schema + ".PRODUCTS");

        EngineRun scoped = new EngineRun(catalog, sources, shop, ScanLevel.METADATA,
                ScanScope.of(List.of("public.c*", "public.orders"), List.of("*.orders")), 1).run();

        assertEquals(ScanStatus.COMPLETED, scoped.status());
        assertEquals(1, scoped.counts().assetsSeen(), "only CUSTOMERS: ORDERS is excluded again");
        assertEquals(0, scoped.counts().removed());
        assertFalse(catalog.require(schema + ".PRODUCTS").removed, "out of scope is not deleted");
        assertEquals(scoped.runId, catalog.require(schema + ".CUSTOMERS").lastSeenRun);
    }

    @Test
    void anExcludedSchemaIsNotEnteredAndKeepsItsAssets() throws Exception {
        H2Databases.execute(url, "CREATE SCHEMA archive", "CREATE TABLE archive.old_orders (id INT)");
        scan(ScanLevel.METADATA);
        H2Databases.execute(url, "DROP TABLE archive.old_orders");

        EngineRun run = new EngineRun(catalog, sources, shop, ScanLevel.METADATA, ScanScope.of(List.of(), List.of("archive")), 2).run();

        assertEquals(ScanStatus.COMPLETED, run.status());
        assertFalse(catalog.require(schema.replace("PUBLIC", "ARCHIVE") + ".OLD_ORDERS").removed,
                "an excluded container is not enumerated, so nothing below it can be found missing");
        assertEquals(4, run.counts().assetsSeen());
    }

    @Test
    void aTableTheCatalogCannotStoreFailsAloneAndBlocksTombstonesInItsSchema() throws Exception {
        scan(ScanLevel.METADATA);
        // ORDERS changes too, so the rescan stores it whether or not its change token lets the scan skip it.
        H2Databases.execute(url, "DROP TABLE products", "COMMENT ON TABLE orders IS 'all orders'");
        catalog.failWritesOf(name -> name.endsWith(".ORDERS"));

        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.PARTIAL, run.status());
        assertEquals(1, run.counts().errors());
        assertEquals(schema + ".ORDERS", run.errors.get(0).objectName());
        assertEquals("catalog.write_failed", run.errors.get(0).code());
        assertFalse(catalog.require(schema + ".PRODUCTS").removed, "the schema was not stored completely: nothing removed");
        assertEquals(0, run.counts().removed());
        assertEquals(run.runId, catalog.require(schema + ".CUSTOMERS").lastSeenRun, "the other tables were stored");
    }

    @Test
    void aFailedProfileIsAnErrorButTheTableIsStoredAndTheSchemaComplete() throws Exception {
        scan(ScanLevel.METADATA);
        H2Databases.execute(url, "DROP TABLE products");
        catalog.failProfilesOf(name -> name.endsWith(".CUSTOMERS"));

        EngineRun run = scan(ScanLevel.STATISTICS);

        assertEquals(ScanStatus.PARTIAL, run.status());
        assertEquals(1, run.counts().errors());
        assertTrue(catalog.require(schema + ".PRODUCTS").removed, "profiling is not enumeration: the drop is recorded");
        String token = catalog.require(schema + ".CUSTOMERS").changeToken;
        assertFalse(token != null && token.endsWith(StoredTokens.PROFILED), "stored as not profiled: " + token);
        assertFalse(catalog.require(schema + ".ORDERS").profile.isEmpty());
    }
}
