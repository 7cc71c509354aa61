package io.custodian.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.itest.scanning.ScanClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed with {@code kill -9} in the middle of a scan: after the restart the run is marked failed, the
 * catalog holds what was stored before the kill and nothing was removed, and the next run completes normally.
 */
class ScanCrashIT {

    private static final int TABLES = 3000;
    private static final String PASSWORD = "crash-test-" + Long.toHexString(System.nanoTime());

    private KarafProcess karaf;

    @Test
    void killedMidScanTheCatalogStaysConsistentAndTheNextRunCompletes() throws Exception {
        karaf = KarafProcess.unpack("scan-crash", 18891, 18801);
        Path database = karaf.home().resolve("wide-source/wide");
        createWideDatabase(database);
        karaf.start();
        AdminSession admin = new AdminSession(karaf.http(), karaf.home().resolve("data"));
        ScanClient client = new ScanClient(karaf.http(), Http.bearer(admin.token()));
        client.awaitSource("demo", Duration.ofMinutes(3)); // the h2 connector is installed by then
        long sourceId = client.register("wide", "h2", Map.of("url", "jdbc:h2:file:" + database, "user", "sa"),
                Map.of("password", PASSWORD)).get("id").asLong();
        long definition = client.define(sourceId);

        String runId = client.start(definition);
        client.http().awaitGet("/api/v1/scans/runs/" + runId, client.bearer(),
                r -> Http.json(r).get("counts").get("assetsSeen").asLong() >= 300, Duration.ofMinutes(2));
        karaf.kill();

        karaf.start();
        String password = admin.password();
        client = new ScanClient(karaf.http(), Http.bearer(admin.login(password)));
        JsonNode killed = client.runOf(runId);
        assertEquals("FAILED", killed.get("status").asText(), killed.toString());
        assertTrue(killed.get("message").asText().contains("interrupted"), killed.toString());
        int stored = client.assets(sourceId, "TABLE", false).size();
        // Stored lags what the reader has seen by the statistics workers' queue: some, not all.
        assertTrue(stored > 0 && stored < TABLES, "tables stored before the kill: " + stored);
        assertEquals(stored, client.assets(sourceId, "TABLE", true).size(), "a killed scan removes nothing");

        JsonNode next = client.run(definition);
        assertEquals("COMPLETED", next.get("status").asText(), next.toString());
        assertEquals(0, next.get("counts").get("removed").asLong());
        assertEquals(TABLES, client.assets(sourceId, "TABLE", false).size());
        assertEquals(TABLES * 5, client.assets(sourceId, "COLUMN", false).size());
        karaf.stop();
    }

    /** TABLES tables of five columns with a few rows each, so every table has statistics to compute. */
    private static void createWideDatabase(Path file) throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", "sa");
        user.setProperty("password", PASSWORD);
        try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + file, user);
             Statement statement = connection.createStatement()) {
            for (int i = 1; i <= TABLES; i++) {
                String table = "T" + i;
                statement.execute("CREATE TABLE " + table + " (ID INT PRIMARY KEY, NAME VARCHAR(40), EMAIL VARCHAR(80),"
                        + " AMOUNT DECIMAL(10,2), CREATED DATE)");
                statement.execute("INSERT INTO " + table + " SELECT X, 'name ' || X, 'user' || X || '@example.org', X * 1.5,"
                        + " DATE '2026-01-01' FROM SYSTEM_RANGE(1, 5)");
            }
        }
    }

    @AfterEach
    void killLeftover() {
        if (karaf != null) {
            karaf.close();
        }
    }
}
