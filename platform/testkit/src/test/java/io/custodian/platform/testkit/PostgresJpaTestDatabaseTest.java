package io.custodian.platform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The kit on the local PostgreSQL. Runs with {@code -Dcustodian.it.postgres=true} (the ci profile). */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresJpaTestDatabaseTest {

    @Test
    void usesASchemaOfItsOwnWithThePostgresVariantAndDropsIt() throws Exception {
        String schema;
        try (JpaTestDatabase db = JpaTestDatabase.postgres(JpaTestDatabaseTest.UNIT, JpaTestDatabaseTest.FOLDER)) {
            schema = (String) db.rows("SELECT current_schema() AS s").get(0).get("s");
            assertTrue(schema.startsWith("kit_test_test_"), schema);
            assertEquals("postgresql+10", db.rows("SELECT text FROM kit_note WHERE id = 2").get(0).get("text"));
            EntityManager em = db.emf().createEntityManager();
            try {
                Object count = em.createNativeQuery("SELECT COUNT(*) FROM kit_note").getSingleResult();
                assertEquals(2L, ((Number) count).longValue());
            } finally {
                em.close();
            }
        }
        assertTrue(!schemaExists(schema), schema + " was not dropped");
    }

    private static boolean schemaExists(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(JpaTestDatabase.POSTGRES_URL, "postgres", "");
             PreparedStatement q = c.prepareStatement(
                     "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            q.setString(1, schema);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next();
            }
        }
    }
}
