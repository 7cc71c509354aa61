package io.custodian.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.persistence.api.MigrationException;
import io.custodian.platform.persistence.api.MigrationReport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigratorTest {

    private DataSource dataSource;
    private Migrator migrator;

    @BeforeEach
    void openDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        dataSource = h2;
        migrator = new Migrator(dataSource);
    }

    @Test
    void appliesScriptsInVersionOrderAndRecordsThem() throws SQLException {
        MigrationReport report = migrator.migrate("demo", List.of(
                script("V2__add_column.sql", "ALTER TABLE thing ADD COLUMN label VARCHAR(20);"),
                script("V1__create.sql", "CREATE TABLE thing (id BIGINT PRIMARY KEY);")));

        assertEquals(List.of(1, 2), report.applied());
        assertEquals(2, report.currentVersion());
        execute("INSERT INTO thing (id, label) VALUES (1, 'x')");
        assertEquals(2, count("SELECT COUNT(*) FROM custodian_schema_history WHERE unit = 'demo'"));
    }

    @Test
    void secondRunAppliesOnlyNewScriptsAndKeepsData() throws SQLException {
        MigrationScript v1 = script("V1__create.sql", "CREATE TABLE thing (id BIGINT PRIMARY KEY);");
        migrator.migrate("demo", List.of(v1));
        execute("INSERT INTO thing (id) VALUES (7)");

        MigrationReport upgrade = migrator.migrate("demo", List.of(v1,
                script("V2__label.sql", "ALTER TABLE thing ADD COLUMN label VARCHAR(20) DEFAULT 'none';")));

        assertEquals(List.of(2), upgrade.applied());
        assertEquals(1, count("SELECT COUNT(*) FROM thing WHERE id = 7 AND label = 'none'"));
    }

    @Test
    void refusesAnAppliedScriptThatWasEdited() {
        migrator.migrate("demo", List.of(script("V1__create.sql", "CREATE TABLE thing (id BIGINT);")));

        MigrationException e = assertThrows(MigrationException.class, () -> migrator.migrate("demo",
                List.of(script("V1__create.sql", "CREATE TABLE thing (id BIGINT, other INT);"))));
        assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
    }

    @Test
    void failedScriptIsNotRecordedAndEarlierVersionsStay() throws SQLException {
        migrator.migrate("demo", List.of(script("V1__create.sql", "CREATE TABLE thing (id BIGINT);")));

        assertThrows(MigrationException.class, () -> migrator.migrate("demo", List.of(
                script("V1__create.sql", "CREATE TABLE thing (id BIGINT);"),
                script("V2__broken.sql", "ALTER TABLE no_such_table ADD COLUMN x INT;"))));

        assertEquals(1, count("SELECT MAX(version) FROM custodian_schema_history WHERE unit = 'demo'"));
        MigrationReport retry = migrator.migrate("demo", List.of(
                script("V1__create.sql", "CREATE TABLE thing (id BIGINT);"),
                script("V2__fixed.sql", "ALTER TABLE thing ADD COLUMN x INT;")));
        assertEquals(List.of(2), retry.applied());
    }

    @Test
    void vendorSpecificScriptReplacesTheGenericOneOnItsDatabase() throws SQLException {
        migrator.migrate("demo", List.of(
                script("V1__create.sql", "CREATE TABLE generic_thing (id BIGINT);"),
                script("V1__create.h2.sql", "CREATE TABLE h2_thing (id BIGINT);"),
                script("V1__create.postgresql.sql", "CREATE TABLE pg_thing (id BIGSERIAL);")));

        assertEquals(0, count("SELECT COUNT(*) FROM h2_thing"));
        assertThrows(SQLException.class, () -> count("SELECT COUNT(*) FROM generic_thing"));
    }

    @Test
    void unitsAreVersionedIndependently() {
        migrator.migrate("one", List.of(script("V1__a.sql", "CREATE TABLE a (id INT);")));
        MigrationReport other = migrator.migrate("two", List.of(script("V1__b.sql", "CREATE TABLE b (id INT);")));
        assertEquals(List.of(1), other.applied());
    }

    private static MigrationScript script(String name, String sql) {
        return MigrationScript.fromFile(name, sql).orElseThrow();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
