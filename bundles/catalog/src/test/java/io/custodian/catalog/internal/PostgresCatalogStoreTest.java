package io.custodian.catalog.internal;

import io.custodian.platform.testkit.JpaTestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The store tests again on PostgreSQL (a fresh schema per test in the local server), so that the migrations,
 * sequences, bulk updates and LIKE escaping are proven on both kernel databases. Runs in the ci profile only.
 */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresCatalogStoreTest {

    private static JpaTestDatabase postgres() throws SQLException {
        return JpaTestDatabase.postgres(TestCatalogs.UNIT, TestCatalogs.MIGRATIONS);
    }

    @Nested
    class Upserts extends UpsertTest {
        @Override
        JpaTestDatabase openDatabase() throws SQLException {
            return postgres();
        }
    }

    @Nested
    class ColumnHistory extends ColumnHistoryTest {
        @Override
        JpaTestDatabase openDatabase() throws SQLException {
            return postgres();
        }
    }

    @Nested
    class Tombstoning extends TombstoneTest {
        @Override
        JpaTestDatabase openDatabase() throws SQLException {
            return postgres();
        }
    }

    @Nested
    class IncrementalScans extends IncrementalScanTest {
        @Override
        JpaTestDatabase openDatabase() throws SQLException {
            return postgres();
        }
    }

    @Nested
    class Searching extends SearchTest {
        @Override
        JpaTestDatabase openDatabase() throws SQLException {
            return postgres();
        }
    }

    @Nested
    class Profiling extends ProfileTest {
        @Override
        JpaTestDatabase openDatabase() throws SQLException {
            return postgres();
        }
    }
}
