package io.custodian.platform.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.apache.openjpa.persistence.PersistenceProviderImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for one test, with a bundle's schema migrations applied and the bundle's own
 * persistence unit opened on it, as the kernel does in Karaf. Open one per test and close it after.
 *
 * <p><b>Databases.</b> {@link #h2(String, String)} is an in-memory H2 database of its own. {@link
 * #postgres(String, String)} is a schema of its own, created here and dropped with all it holds on
 * {@link #close()}, in the local PostgreSQL ({@value #POSTGRES_URL}, user {@code postgres}, trust
 * authentication); gate such tests with {@code @EnabledIfSystemProperty(named =
 * "custodian.it.postgres", matches = "true")}, which the {@code ci} profile sets.
 *
 * <p><b>Migrations.</b> The scripts of {@code migrationFolder} (for example {@code
 * db/migration/audit}, found on the class path: in a module's own tests, its {@code target/classes})
 * run in version order with the kernel's SchemaMigrator rules: {@code V<n>__<words>.sql} is version
 * {@code n} and {@code V<n>__<words>.h2.sql} or {@code .postgresql.sql} replaces it on that database;
 * other files are ignored. Statements split at semicolons outside quotes and comments, one
 * transaction per script. No {@code custodian_schema_history} is kept: the database lives for one
 * test. To test an upgrade, open it at an older version ({@link #h2(String, String, int)}), write
 * rows with {@link #execute(String)}, then {@link #migrate(int)}.
 *
 * <p><b>Persistence unit.</b> The {@code <persistence-unit name="unit">} of a {@code
 * META-INF/persistence.xml} on the class path, bootstrapped through OpenJPA's {@link
 * PersistenceProviderImpl#createContainerEntityManagerFactory} (the SPI Aries JPA uses) with the
 * unit's classes, mapping files and properties. Only the data source differs: this database
 * instead of the OSGi service the XML names. Entities must be enhanced at build time
 * (openjpa-maven-plugin), as for the bundle.
 *
 * <pre>{@code
 * try (JpaTestDatabase db = JpaTestDatabase.h2("custodian-audit", "db/migration/audit")) {
 *     JpaAuditService audit = new JpaAuditService(db.emf(), clock);
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #emf()} and {@link #dataSource()} may be used from many threads; {@link #execute},
 * {@link #rows} and {@link #migrate} share one connection and belong to the test's thread.
 */
public final class JpaTestDatabase implements AutoCloseable {

    /** The local PostgreSQL database the {@code postgres} factories use. */
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** A version above every script's: {@code migrate(LATEST)} applies all that are left. */
    public static final int LATEST = Integer.MAX_VALUE;

    private static final String POSTGRES_USER = "postgres";

    private final String unit;
    private final String migrationFolder;
    private final String vendor;
    private final DataSource dataSource;
    private final String schema; // null for H2
    private final ClassLoader loader;
    // Holds the in-memory H2 database open and runs the scripts and the direct SQL of the test.
    private final Connection connection;
    private int version;
    private EntityManagerFactory emf;
    private boolean closed;

    private JpaTestDatabase(String unit, String migrationFolder, String vendor, DataSource dataSource, String schema)
            throws SQLException {
        this.unit = unit;
        this.migrationFolder = migrationFolder;
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.schema = schema;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.loader = context != null ? context : JpaTestDatabase.class.getClassLoader();
        this.connection = dataSource.getConnection();
    }

    /**
     * An in-memory H2 database with every migration applied.
     *
     * @param unit            the persistence unit's name in {@code META-INF/persistence.xml}, for
     *                        example {@code custodian-audit}
     * @param migrationFolder the class-path folder of the unit's scripts, for example {@code
     *                        db/migration/audit}
     * @throws SQLException if a script fails (the message names it)
     */
    public static JpaTestDatabase h2(String unit, String migrationFolder) throws SQLException {
        return h2(unit, migrationFolder, LATEST);
    }

    /**
     * An in-memory H2 database with the migrations up to version {@code upToVersion} applied (none
     * if 0); {@link #migrate(int)} applies later ones.
     *
     * @throws SQLException if a script fails (the message names it)
     */
    public static JpaTestDatabase h2(String unit, String migrationFolder, int upToVersion) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        // A long lock timeout: concurrency tests queue many transactions on one row.
        h2.setURL("jdbc:h2:mem:" + unit + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        h2.setUser("sa");
        h2.setPassword("");
        return migrated(new JpaTestDatabase(unit, migrationFolder, "h2", h2, null), upToVersion);
    }

    /**
     * A schema of its own in the local PostgreSQL with every migration applied, dropped on close.
     *
     * @throws SQLException if PostgreSQL cannot be reached or a script fails (the message names it)
     */
    public static JpaTestDatabase postgres(String unit, String migrationFolder) throws SQLException {
        return postgres(unit, migrationFolder, LATEST);
    }

    /**
     * A schema of its own in the local PostgreSQL with the migrations up to version {@code
     * upToVersion} applied (none if 0), dropped on close; {@link #migrate(int)} applies later ones.
     *
     * @throws SQLException if PostgreSQL cannot be reached or a script fails (the message names it)
     */
    public static JpaTestDatabase postgres(String unit, String migrationFolder, int upToVersion)
            throws SQLException {
        String schema = unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_test_"
                + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = postgresDataSource(null).getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return migrated(new JpaTestDatabase(unit, migrationFolder, "postgresql", postgresDataSource(schema), schema),
                upToVersion);
    }

    private static PGSimpleDataSource postgresDataSource(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(POSTGRES_URL);
        pg.setUser(POSTGRES_USER);
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    private static JpaTestDatabase migrated(JpaTestDatabase db, int upToVersion) throws SQLException {
        try {
            return db.migrate(upToVersion);
        } catch (SQLException | RuntimeException e) {
            try {
                db.close();
            } catch (SQLException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Applies the scripts after {@link #version()} up to version {@code upToVersion}, each in a
     * transaction of its own.
     *
     * @return this database
     * @throws SQLException if a script fails; it is rolled back and the message names it
     */
    public JpaTestDatabase migrate(int upToVersion) throws SQLException {
        requireOpen();
        for (MigrationFolder.Script script : MigrationFolder.scriptsFor(loader, migrationFolder, vendor)
                .tailMap(version + 1).values()) {
            if (script.version() > upToVersion) {
                break;
            }
            run(script);
            version = script.version();
        }
        return this;
    }

    private void run(MigrationFolder.Script script) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String sql : MigrationFolder.statements(script.sql())) {
                s.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException(migrationFolder + "/" + script.fileName() + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The newest migration version applied, 0 before the first. */
    public int version() {
        return version;
    }

    /** The vendor key the scripts were chosen by: {@code h2} or {@code postgresql}. */
    public String vendor() {
        return vendor;
    }

    /**
     * The unit's entity manager factory on this database, opened on the first call (so that a test
     * may migrate step by step first) and closed by {@link #close()}.
     *
     * @throws IllegalStateException if the database is closed or no persistence.xml declares the unit
     */
    public synchronized EntityManagerFactory emf() {
        requireOpen();
        if (emf == null) {
            emf = new PersistenceProviderImpl().createContainerEntityManagerFactory(
                    XmlPersistenceUnit.find(unit, loader, dataSource), Map.of());
        }
        return emf;
    }

    /** The database's data source, for a connection of a test's own (to hold a lock, for example). */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs one SQL statement directly, past JPA (to seed rows, or to tamper as an attacker would).
     *
     * @return the update count, or -1 if the statement answered rows
     */
    public int execute(String sql) throws SQLException {
        requireOpen();
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            return s.getUpdateCount();
        }
    }

    /** Runs a query directly; each row maps the lower-case column labels to the values, in column order. */
    public List<Map<String, Object>> rows(String sql) throws SQLException {
        requireOpen();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet result = s.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Closes the entity manager factory, then shuts the H2 database down or drops the PostgreSQL
     * schema. Calling it again does nothing.
     */
    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (emf != null) {
                emf.close();
            }
            try (Statement s = connection.createStatement()) {
                s.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
            }
        } finally {
            connection.close();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The test database of " + unit + " is closed");
        }
    }
}
