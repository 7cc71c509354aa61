package io.custodian.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.itest.scanning.ScanBehaviour;
import io.custodian.itest.scanning.ScanClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The same main path with the kernel on PostgreSQL (ci profile), plus a real PostgreSQL source: the shared Pagila
 * sample database, scanned with statistics, changed and scanned again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresScanIT extends ScanBehaviour {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Configuration
    public Option[] config() throws SQLException {
        List<Option> options = KernelDistribution.onNewPostgresDatabase(KernelDistribution.options(18981, 10800, "PostgreSQL"));
        options.add(systemProperty("custodian.shared").value(KernelDistribution.required("custodian.shared")));
        return options.toArray(new Option[0]);
    }

    @Test
    public void pagilaIsCataloguedWithStatisticsAndItsChangesAreTracked() throws Exception {
        String database = "pagila_it_" + System.currentTimeMillis();
        loadPagila(database);
        try {
            ScanClient client = client();
            long sourceId = client.register(database, "postgresql",
                    Map.of("host", "127.0.0.1", "port", "5432", "database", database, "user", "postgres", "sslmode", "disable"),
                    Map.of()).get("id").asLong();
            long definition = client.define(sourceId);
            JsonNode first = client.run(definition);
            assertEquals(first.toString(), "COMPLETED", first.get("status").asText());

            // load_results.json: 22 tables (the partitioned payment and its 7 partitions included) and 7 views.
            List<JsonNode> tables = client.assets(sourceId, "TABLE", false);
            assertEquals(22, tables.size());
            assertEquals(7, client.assets(sourceId, "VIEW", false).size());
            String actor = "postgres://127.0.0.1:5432/" + database + ".public.actor";
            JsonNode actorTable = client.asset(sourceId, actor);
            assertEquals(List.of("actor_id"), list(actorTable.get("technical").get("primaryKey")));
            assertEquals(200, actorTable.get("profile").get("rowCount").asLong());
            JsonNode lastName = client.asset(sourceId, actor + "#last_name");
            assertEquals(0.0, lastName.get("profile").get("nullShare").asDouble(), 0.0);
            assertTrue(lastName.toString(), lastName.get("profile").get("distinctCount").asLong() > 100);

            execute(database, "ALTER TABLE actor ADD COLUMN nickname varchar(40)");
            execute(database, "DROP VIEW actor_info");
            JsonNode second = client.run(definition);
            assertEquals(second.toString(), "COMPLETED", second.get("status").asText());
            assertEquals(second.toString(), 1, second.get("counts").get("changed").asLong());
            assertEquals(second.toString(), 1, second.get("counts").get("removed").asLong());
            assertEquals(second.toString(), 22 + 6 - 1, second.get("counts").get("unchanged").asLong());
            HttpResponse<String> history = client.http().get("/api/v1/catalog/assets/" + actorTable.get("id").asLong() + "/history",
                    client.bearer());
            assertTrue(history.body(), history.body().contains("nickname"));
            JsonNode view = client.asset(sourceId, "postgres://127.0.0.1:5432/" + database + ".public.actor_info");
            assertFalse("a dropped view is tombstoned, not deleted", view.get("removedAt").isNull());
        } finally {
            execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void loadPagila(String database) throws Exception {
        execute("postgres", "CREATE DATABASE " + database);
        Path pagila = Path.of(System.getProperty("custodian.shared"), "datasets", "pagila");
        Path log = Files.createTempFile("psql-", ".log");
        Process psql = new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", database,
                "-v", "ON_ERROR_STOP=1", "-f", pagila.resolve("pagila-schema.sql").toString(),
                "-f", pagila.resolve("pagila-data.sql").toString(), "-c", "ANALYZE")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue("psql finished", psql.waitFor(3, TimeUnit.MINUTES));
        assertEquals(Files.readString(log), 0, psql.exitValue());
    }

    private static void execute(String database, String sql) throws SQLException {
        // Inside the container DriverManager sees no driver bundle: ask the PostgreSQL driver itself.
        java.util.Properties user = new java.util.Properties();
        user.setProperty("user", "postgres");
        try (Connection c = new org.postgresql.Driver().connect(SERVER + database, user); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
