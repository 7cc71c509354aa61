package io.custodian.catalog.internal;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.testkit.JpaTestDatabase;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.testkit.RecordingEventBus;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real catalog on a fresh database per test (H2 here; {@code PostgresCatalogStoreTest} runs the same tests on
 * PostgreSQL by overriding {@link #openDatabase()}), with a movable clock, a recording audit trail and event bus.
 */
abstract class CatalogTestBase {

    static final String SOURCE = "1";

    JpaTestDatabase db;
    MutableClock clock;
    RecordingAuditService audit;
    RecordingEventBus bus;
    JpaCatalog catalog;

    AssetDraft source;
    AssetDraft database;
    AssetDraft schema;

    /** The database the tests run on. */
    JpaTestDatabase openDatabase() throws SQLException {
        return JpaTestDatabase.h2(TestCatalogs.UNIT, TestCatalogs.MIGRATIONS);
    }

    @BeforeEach
    void openCatalog() throws SQLException {
        db = openDatabase();
        clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        audit = new RecordingAuditService();
        bus = new RecordingEventBus();
        catalog = new JpaCatalog(db.emf(), clock, audit);
        catalog.bindEventBus(bus);
        source = Drafts.source(SOURCE);
        database = Drafts.database(SOURCE, "shop");
        schema = Drafts.schema(SOURCE, "shop", "public");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        db.close();
    }

    /** Stores source, database and schema for run {@code runId}. */
    void storeContainers(String runId) {
        catalog.upsert(runId, source);
        catalog.upsert(runId, database);
        catalog.upsert(runId, schema);
    }

    long count(String where) throws SQLException {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM catalog_asset WHERE " + where).get(0).get("n"))
                .longValue();
    }
}
