package io.custodian.platform.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.apache.openjpa.persistence.OpenJPAPersistence;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for one test: an H2 in-memory database, or a schema of its own in the local
 * PostgreSQL (dropped on close). Applies the bundle's migrations as the SchemaMigrator would,
 * vendor variants first, and opens the bundle's persistence unit on it.
 */
final class TestDatabase implements AutoCloseable {

    private static final List<String> MIGRATIONS = List.of("V1__audit_record", "V2__hash_chain");
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String vendor;
    private final DataSource dataSource;
    private final Connection keepAlive;
    private final String schema;
    private EntityManagerFactory emf;

    private TestDatabase(String vendor, DataSource dataSource, String schema) throws SQLException {
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.schema = schema;
        this.keepAlive = dataSource.getConnection();
    }

    static TestDatabase h2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        // A long lock timeout: the concurrency test queues many appends on the head row.
        h2.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        h2.setUser("sa");
        return new TestDatabase("h2", h2, null);
    }

    static TestDatabase postgres() throws SQLException {
        String schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = pg(null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new TestDatabase("postgresql", pg(schema), schema);
    }

    private static PGSimpleDataSource pg(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(PG_URL);
        pg.setUser("postgres");
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    /** Applies every migration. */
    TestDatabase migrated() throws IOException, SQLException {
        return migrate(MIGRATIONS.size());
    }

    /** Applies migrations V1 to V{@code upTo} that are not applied yet (call with rising numbers). */
    TestDatabase migrate(int upTo) throws IOException, SQLException {
        for (int v = 1; v <= upTo; v++) {
            if (!applied(v)) {
                runScript(script(MIGRATIONS.get(v - 1)));
            }
        }
        return this;
    }

    private boolean applied(int version) {
        // V1 made the record table, V2 the head table.
        String table = version == 1 ? "custodian_audit_record" : "custodian_audit_head";
        try (Statement s = keepAlive.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    EntityManagerFactory emf() {
        if (emf == null) {
            emf = OpenJPAPersistence.createEntityManagerFactory("custodian-audit", "META-INF/persistence.xml",
                    Map.of("javax.persistence.nonJtaDataSource", dataSource, "openjpa.Log", "none"));
        }
        return emf;
    }

    /** Runs SQL directly, as someone tampering with the database would. */
    int sql(String statement) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    /** A new connection of its own, for a test that holds locks while the trail works. */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** How many sessions wait for a row lock in a SELECT ... FOR UPDATE of the audit head. */
    int waitingToLockHead() throws SQLException {
        String sql = vendor.equals("h2")
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL "
                        + "AND UPPER(EXECUTING_STATEMENT) LIKE '%CUSTODIAN_AUDIT_HEAD%FOR UPDATE%'"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        + "AND datname = current_database() AND query ILIKE '%custodian_audit_head%for update%'";
        try (Statement s = keepAlive.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        try (Statement s = keepAlive.createStatement()) {
            s.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
        keepAlive.close();
    }

    private String script(String name) throws IOException {
        InputStream in = getClass().getResourceAsStream("/db/migration/audit/" + name + "." + vendor + ".sql");
        if (in == null) {
            in = getClass().getResourceAsStream("/db/migration/audit/" + name + ".sql");
        }
        try (InputStream script = in) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void runScript(String script) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            // The scripts have no semicolons inside literals; strip comments and split.
            for (String sql : script.replaceAll("--[^\\n]*", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }
}
