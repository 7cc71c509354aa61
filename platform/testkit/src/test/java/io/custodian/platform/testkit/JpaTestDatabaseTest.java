package io.custodian.platform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

class JpaTestDatabaseTest {

    static final String UNIT = "kit-test";
    static final String FOLDER = "db/migration/kit";

    @Test
    void appliesTheScriptsInVersionOrderWithTheVendorVariant() throws Exception {
        try (JpaTestDatabase db = JpaTestDatabase.h2(UNIT, FOLDER)) {
            assertEquals(List.of(Map.of("id", 1, "text", "one; it's -- not a comment"),
                    Map.of("id", 2, "text", "h2+10")), db.rows("SELECT id, text FROM kit_note ORDER BY id"));
            assertEquals(10, db.version());
            assertEquals("h2", db.vendor());
        }
    }

    @Test
    void migratesStepByStepFromAnOlderVersion() throws Exception {
        try (JpaTestDatabase db = JpaTestDatabase.h2(UNIT, FOLDER, 1)) {
            assertEquals(1, db.version());
            assertEquals(1, db.execute("INSERT INTO kit_note (id, text) VALUES (5, 'written at V1')"));

            db.migrate(2);
            assertEquals(2, db.version());
            assertEquals(3, db.rows("SELECT id FROM kit_note").size());

            db.migrate(JpaTestDatabase.LATEST);
            assertEquals(10, db.version());
            assertEquals("h2+10", db.rows("SELECT text FROM kit_note WHERE id = 2").get(0).get("text"));
        }
    }

    @Test
    void opensTheNamedUnitOnThisDatabase() throws Exception {
        try (JpaTestDatabase db = JpaTestDatabase.h2(UNIT, FOLDER)) {
            EntityManagerFactory emf = db.emf();
            EntityManager em = emf.createEntityManager();
            try {
                Object count = em.createNativeQuery("SELECT COUNT(*) FROM kit_note").getSingleResult();
                assertEquals(2L, ((Number) count).longValue());
            } finally {
                em.close();
            }
            assertEquals("kit", emf.getProperties().get("openjpa.Id"));
            assertSame(emf, db.emf());
        }
    }

    @Test
    void anUnknownUnitIsNamedInTheFailure() throws Exception {
        try (JpaTestDatabase db = JpaTestDatabase.h2("kit-missing", FOLDER)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, db::emf);
            assertTrue(e.getMessage().contains("kit-missing"), e.getMessage());
        }
    }

    @Test
    void aFailingScriptIsNamedAndLeavesTheVersionBeforeIt() throws Exception {
        SQLException e = assertThrows(SQLException.class, () -> JpaTestDatabase.h2(UNIT, "db/migration/kit-broken"));
        assertTrue(e.getMessage().startsWith("db/migration/kit-broken/V2__broken.sql failed"), e.getMessage());

        try (JpaTestDatabase db = JpaTestDatabase.h2(UNIT, "db/migration/kit-broken", 1)) {
            assertThrows(SQLException.class, () -> db.migrate(2));
            assertEquals(1, db.version());
        }
    }

    @Test
    void aMissingFolderIsNamedInTheFailure() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JpaTestDatabase.h2(UNIT, "db/migration/nothing-here"));
        assertTrue(e.getMessage().contains("db/migration/nothing-here"), e.getMessage());
    }

    @Test
    void closeDropsTheDatabaseAndTheFactoryOnce() throws Exception {
        JpaTestDatabase db = JpaTestDatabase.h2(UNIT, FOLDER);
        EntityManagerFactory emf = db.emf();

        db.close();
        db.close();

        assertTrue(!emf.isOpen());
        assertThrows(IllegalStateException.class, db::emf);
        assertThrows(IllegalStateException.class, () -> db.execute("SELECT 1"));
        // The name now opens a new, empty in-memory database: the old one with its table is gone.
        try (Connection fresh = db.dataSource().getConnection()) {
            assertThrows(SQLException.class, () -> fresh.createStatement().executeQuery("SELECT * FROM kit_note"));
            fresh.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void eachDatabaseIsItsOwn() throws Exception {
        try (JpaTestDatabase first = JpaTestDatabase.h2(UNIT, FOLDER);
             JpaTestDatabase second = JpaTestDatabase.h2(UNIT, FOLDER)) {
            first.execute("DELETE FROM kit_note");

            assertEquals(0, first.rows("SELECT id FROM kit_note").size());
            assertEquals(2, second.rows("SELECT id FROM kit_note").size());
        }
    }
}
