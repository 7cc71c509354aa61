package io.custodian.itest.scanning;

import static io.custodian.itest.scanning.ScanClient.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.itest.AdminSession;
import io.custodian.itest.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The main path in the booted distribution: the demo source registered on the first start is scanned into the
 * catalog, a re-scan is incremental, a file store's vanished file is tombstoned only after a complete listing and
 * restored when it comes back, a failed scan removes nothing, and bad input gets a clear problem. Each test uses
 * its own sources (only one scans the demo source), so their order does not matter.
 */
public abstract class ScanBehaviour {

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static AdminSession admin;

    protected Http http() {
        return new Http(Integer.getInteger("custodian.itHttpPort"));
    }

    protected synchronized ScanClient client() {
        if (admin == null) {
            http().awaitGet("/api/v1/health", null, r -> r.statusCode() == 200, BOOT);
            admin = new AdminSession(http(), Path.of(System.getProperty("karaf.data")));
        }
        return new ScanClient(http(), Http.bearer(admin.token()));
    }

    @Test
    public void theDemoSourceIsThereOnFirstStartAndScansIntoTheCatalog() {
        ScanClient client = client();
        JsonNode demo = client.awaitSource("demo", Duration.ofMinutes(3));
        long sourceId = demo.get("id").asLong();
        assertEquals("h2", demo.get("type").asText());
        assertTrue(demo.toString(), demo.get("secretNames").toString().contains("password"));
        assertFalse("settings never hold the secret", demo.get("settings").has("password"));

        HttpResponse<String> test = client.http().postJson("/api/v1/datasources/" + sourceId + "/test", client.bearer(), "{}");
        assertEquals(test.body(), 200, test.statusCode());
        assertTrue(test.body(), Http.json(test).get("ok").asBoolean());

        long definition = client.define(sourceId);
        JsonNode first = client.run(definition);
        assertEquals(first.toString(), "COMPLETED", first.get("status").asText());
        JsonNode counts = first.get("counts");
        List<JsonNode> tables = client.assets(sourceId, "TABLE", false);
        Set<String> names = tables.stream().map(t -> t.get("name").asText().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertTrue(names.toString(), names.containsAll(Set.of("customers", "orders", "payments", "employees")));
        List<JsonNode> views = client.assets(sourceId, "VIEW", false);
        assertEquals(1, views.size());
        assertFalse("a view keeps its SQL", views.get(0).get("technical").path("viewDefinition").asText().isBlank());
        assertTrue(first.toString(), counts.get("added").asLong() >= tables.size() + views.size());
        assertEquals(0, counts.get("errors").asLong());
        assertTrue("scan time splits into source and Custodian", first.get("sourceMillis").asLong() <= first.get("totalMillis").asLong());

        JsonNode customers = tables.stream().filter(t -> t.get("name").asText().equalsIgnoreCase("customers")).findFirst().orElseThrow();
        String qualifiedName = customers.get("qualifiedName").asText();
        assertTrue(qualifiedName, qualifiedName.startsWith("h2:file:") && qualifiedName.toLowerCase(Locale.ROOT).endsWith(".customers"));
        assertEquals(customers.get("id").asLong(), client.asset(sourceId, qualifiedName).get("id").asLong());
        JsonNode email = client.asset(sourceId, qualifiedName + "#" + columnName(customers, "email"));
        assertEquals("COLUMN", email.get("type").asText());
        assertEquals("statistics computed in the source", 0.0, email.get("profile").get("nullShare").asDouble(), 0.0);
        assertTrue(email.toString(), email.get("profile").get("distinctCount").asLong() > 900);

        JsonNode second = client.run(definition);
        assertEquals(second.toString(), "COMPLETED", second.get("status").asText());
        assertEquals("nothing new the second time", 0, second.get("counts").get("added").asLong());
        assertEquals("unchanged tables are skipped by their change token", tables.size() + views.size(),
                second.get("counts").get("unchanged").asLong());
        assertEquals(0, second.get("counts").get("removed").asLong());
    }

    private static String columnName(JsonNode table, String lowerCase) {
        return table.get("name").asText().equals(table.get("name").asText().toUpperCase(Locale.ROOT))
                ? lowerCase.toUpperCase(Locale.ROOT) : lowerCase;
    }

    @Test
    public void aVanishedFileIsTombstonedOnlyAfterACompleteListingAndRestoredWhenItReturns() throws IOException {
        ScanClient client = client();
        Path root = Files.createTempDirectory(Path.of(System.getProperty("karaf.data")), "shop-files-");
        Files.writeString(root.resolve("customers.csv"), "id,email\n1,ann@example.org\n2,bob@example.org\n");
        Files.writeString(root.resolve("orders.csv"), "id,customer_id,total\n1,1,10.50\n2,2,7.25\n");
        long sourceId = client.register("files-" + root.getFileName(), "files", Map.of("path", root.toString()), Map.of())
                .get("id").asLong();
        long definition = client.define(sourceId);

        JsonNode first = client.run(definition);
        assertEquals(first.toString(), "COMPLETED", first.get("status").asText());
        assertEquals(2, client.assets(sourceId, "FILE", false).size());
        String ordersName = client.assets(sourceId, "FILE", false).stream().map(f -> f.get("qualifiedName").asText())
                .filter(n -> n.endsWith("/orders.csv")).findFirst().orElseThrow();
        assertTrue(ordersName, ordersName.startsWith("file:///"));

        // The whole folder gone: the scan cannot list anything, fails, and removes nothing.
        Path moved = root.resolveSibling(root.getFileName() + "-away");
        Files.move(root, moved);
        JsonNode failed = client.run(definition);
        assertEquals(failed.toString(), "FAILED", failed.get("status").asText());
        assertEquals(2, client.assets(sourceId, "FILE", false).size());
        Files.move(moved, root);

        Path orders = root.resolve("orders.csv");
        String content = Files.readString(orders);
        Files.delete(orders);
        JsonNode afterDelete = client.run(definition);
        assertEquals(afterDelete.toString(), "COMPLETED", afterDelete.get("status").asText());
        assertEquals(1, afterDelete.get("counts").get("removed").asLong());
        JsonNode tombstone = client.asset(sourceId, ordersName);
        assertTrue(tombstone.toString(), tombstone.hasNonNull("removedAt"));
        assertEquals(1, client.assets(sourceId, "FILE", false).size());
        assertEquals(2, client.assets(sourceId, "FILE", true).size());

        Files.writeString(orders, content);
        JsonNode back = client.run(definition);
        assertEquals(1, back.get("counts").get("restored").asLong());
        JsonNode restored = client.asset(sourceId, ordersName);
        assertFalse(restored.toString(), restored.hasNonNull("removedAt"));
        assertEquals("the same asset came back, not a new one", tombstone.get("id").asLong(), restored.get("id").asLong());
        HttpResponse<String> history = client.http().get("/api/v1/catalog/assets/" + restored.get("id").asLong() + "/history",
                client.bearer());
        assertEquals(history.body(), 200, history.statusCode());
        assertTrue(history.body(), history.body().contains("REMOVED") && history.body().contains("RESTORED"));
    }

    @Test
    public void theRunStreamsItsProgressAsServerSentEvents() throws IOException {
        ScanClient client = client();
        Path root = Files.createTempDirectory(Path.of(System.getProperty("karaf.data")), "events-");
        Files.writeString(root.resolve("people.csv"), "id,name\n1,Ann\n");
        long sourceId = client.register("events-" + root.getFileName(), "files", Map.of("path", root.toString()), Map.of())
                .get("id").asLong();
        long definition = client.define(sourceId);
        String runId = client.start(definition);
        HttpResponse<String> stream = client.http().send("GET", "/api/v1/scans/runs/" + runId + "/events", client.bearer(),
                null, null);
        assertEquals(stream.body(), 200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse(""),
                stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertTrue(stream.body(), stream.body().contains("event: completed"));
        assertTrue(ScanClient.finished(client.runOf(runId).get("status").asText()));
    }

    @Test
    public void badInputGetsAProblemAndNothingStoredChanges() {
        ScanClient client = client();
        HttpResponse<String> unknownType = client.http().postJson("/api/v1/datasources", client.bearer(),
                ScanClient.sourceBody("nowhere", "oracle-9i", Map.of("url", "x"), Map.of()));
        assertProblem(unknownType, 400, "datasource.unknown_type");

        HttpResponse<String> missingUrl = client.http().postJson("/api/v1/datasources", client.bearer(),
                ScanClient.sourceBody("no-url", "h2", Map.of("user", "sa"), Map.of()));
        assertEquals(missingUrl.body(), 400, missingUrl.statusCode());
        assertTrue(missingUrl.body(), missingUrl.body().contains("url"));

        HttpResponse<String> notJson = client.http().send("POST", "/api/v1/datasources", client.bearer(), "application/json", "{\"name\":");
        assertEquals(notJson.body(), 400, notJson.statusCode());

        String missing = Path.of(System.getProperty("karaf.data"), "no-such-database").toString();
        HttpResponse<String> test = client.http().postJson("/api/v1/datasources/test", client.bearer(),
                "{\"type\":\"h2\",\"settings\":{\"url\":\"jdbc:h2:file:" + missing.replace("\\", "/") + "\"},\"secrets\":{}}");
        assertEquals(test.body(), 200, test.statusCode());
        assertFalse(test.body(), Http.json(test).get("ok").asBoolean());
        assertEquals(test.body(), "DATABASE_MISSING", Http.json(test).get("diagnosis").asText());
        assertEquals(test.body(), "datasource.database_missing", Http.json(test).get("code").asText());

        JsonNode source = client.register("with-secret", "h2", Map.of("url", "jdbc:h2:file:" + missing.replace("\\", "/"),
                "user", "sa"), Map.of("password", "pa55-do-not-echo"));
        HttpResponse<String> read = client.http().get("/api/v1/datasources/" + source.get("id").asLong(), client.bearer());
        assertEquals(200, read.statusCode());
        assertFalse("secrets are write-only: " + read.body(), read.body().contains("pa55-do-not-echo"));
        HttpResponse<String> audit = client.http().get("/api/v1/audit/events?action=datasource.create", client.bearer());
        assertEquals(audit.body(), 200, audit.statusCode());
        assertTrue(audit.body(), audit.body().contains("with-secret"));
        assertFalse("no secret in the audit trail", audit.body().contains("pa55-do-not-echo"));

        assertProblem(client.http().get("/api/v1/catalog/assets/987654321", client.bearer()), 404, "catalog.asset_not_found");
        assertProblem(client.http().get("/api/v1/catalog/assets?limit=100000", client.bearer()), 400, "catalog.invalid_request");
        HttpResponse<String> runMissing = client.http().postJson("/api/v1/scans/definitions/987654321/run", client.bearer(), "{}");
        assertEquals(runMissing.body(), 404, runMissing.statusCode());
        assertNotNull(Http.json(runMissing).get("code"));
    }
}
