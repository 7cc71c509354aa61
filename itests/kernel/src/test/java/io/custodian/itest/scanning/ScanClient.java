package io.custodian.itest.scanning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.itest.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The REST calls a steward makes on the main path (register a source, define and run a scan, read the catalog), for
 * the scan integration tests. Every call asserts its status, so a test reads as the steps a user takes.
 */
public final class ScanClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINISHED = Set.of("COMPLETED", "PARTIAL", "FAILED", "CANCELLED");

    private final Http http;
    private final String bearer;

    public ScanClient(Http http, String bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    public Http http() {
        return http;
    }

    public String bearer() {
        return bearer;
    }

    /** Registers a source and answers it; secrets travel in their own object. */
    public JsonNode register(String name, String type, Map<String, String> settings, Map<String, String> secrets) {
        HttpResponse<String> response = http.postJson("/api/v1/datasources", bearer, sourceBody(name, type, settings, secrets));
        assertEquals(response.body(), 2, response.statusCode() / 100);
        return Http.json(response);
    }

    public static String sourceBody(String name, String type, Map<String, String> settings, Map<String, String> secrets) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("type", type);
        ObjectNode settingsNode = body.putObject("settings");
        settings.forEach(settingsNode::put);
        ObjectNode secretsNode = body.putObject("secrets");
        secrets.forEach(secretsNode::put);
        return body.toString();
    }

    /** The source called {@code name}, waiting up to {@code timeout} for it to appear. */
    public JsonNode awaitSource(String name, Duration timeout) {
        HttpResponse<String> response = http.awaitGet("/api/v1/datasources", bearer,
                r -> r.statusCode() == 200 && find(Http.json(r), name) != null, timeout);
        return find(Http.json(response), name);
    }

    private static JsonNode find(JsonNode sources, String name) {
        for (JsonNode source : sources) {
            if (name.equals(source.get("name").asText())) {
                return source;
            }
        }
        return null;
    }

    /** A scan definition with defaults for the source (all of it, statistics level), answering its id. */
    public long define(long sourceId) {
        HttpResponse<String> response = http.postJson("/api/v1/scans/definitions", bearer, "{\"sourceId\":" + sourceId + "}");
        assertEquals(response.body(), 201, response.statusCode());
        return Http.json(response).get("id").asLong();
    }

    /** Starts a run of the definition, answering the run's id. */
    public String start(long definitionId) {
        HttpResponse<String> response = http.postJson("/api/v1/scans/definitions/" + definitionId + "/run", bearer, "{}");
        assertEquals(response.body(), 202, response.statusCode());
        return Http.json(response).get("id").asText();
    }

    /** Runs the definition and waits for the run to finish; answers the finished run. */
    public JsonNode run(long definitionId) {
        return awaitFinished(start(definitionId));
    }

    public JsonNode runOf(String runId) {
        HttpResponse<String> response = http.get("/api/v1/scans/runs/" + runId, bearer);
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    public JsonNode awaitFinished(String runId) {
        return Http.json(http.awaitGet("/api/v1/scans/runs/" + runId, bearer,
                r -> r.statusCode() == 200 && FINISHED.contains(Http.json(r).get("status").asText()), Duration.ofMinutes(3)));
    }

    /** Every live asset of a source of one type, through cursor paging. */
    public List<JsonNode> assets(long sourceId, String type, boolean includeRemoved) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            String path = "/api/v1/catalog/assets?limit=500&sourceId=" + sourceId + "&type=" + type
                    + (includeRemoved ? "&includeRemoved=true" : "") + (after == null ? "" : "&after=" + encode(after));
            HttpResponse<String> response = http.get(path, bearer);
            assertEquals(response.body(), 200, response.statusCode());
            JsonNode page = Http.json(response);
            page.get("items").forEach(all::add);
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (after != null);
        return all;
    }

    /** The asset with this qualified name in this source. */
    public JsonNode asset(long sourceId, String qualifiedName) {
        HttpResponse<String> response = http.get("/api/v1/catalog/assets/by-name?sourceId=" + sourceId + "&qualifiedName="
                + encode(qualifiedName), bearer);
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Asserts a problem answer with its status and stable code, and no stack trace. */
    public static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(response.body(), status, response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type, type.startsWith("application/problem+json"));
        assertEquals(response.body(), code, Http.json(response).get("code").asText());
        assertFalse("no stack trace in " + response.body(), response.body().contains("\tat "));
    }

    public static boolean finished(String status) {
        return FINISHED.contains(status);
    }
}
