package io.custodian.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.audit.api.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What a user of the kernel notices, checked inside the booted distribution. Subclasses choose
 * the database; the behaviour must be the same on each.
 */
public abstract class KernelBehaviour {

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static AdminSession admin;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected AuditService audit;

    @Inject
    protected org.osgi.service.cm.ConfigurationAdmin configurationAdmin;

    /** Database product name the health report must show, as configured by the subclass. */
    protected String expectedVendor() {
        return System.getProperty("custodian.itVendor");
    }

    protected Http http() {
        return new Http(Integer.getInteger("custodian.itHttpPort"));
    }

    protected synchronized AdminSession admin() {
        if (admin == null) {
            admin = new AdminSession(http(), Path.of(System.getProperty("karaf.data")));
        }
        return admin;
    }

    private JsonNode healthy() {
        return Http.json(http().awaitGet("/api/v1/health", null, r -> r.statusCode() == 200
                && r.body().contains("\"status\":\"UP\""), BOOT));
    }

    @Test
    public void healthReportsDatabaseEventBusAndEveryBundleWithoutCredentials() {
        JsonNode health = healthy();
        assertEquals("UP", health.get("components").get("database").get("status").asText());
        assertEquals(expectedVendor(), health.get("components").get("database").get("data").get("vendor").asText());
        assertEquals("UP", health.get("components").get("eventBus").get("status").asText());
        List<String> bundles = health.get("bundles").findValuesAsText("symbolicName");
        assertTrue(bundles.toString(), bundles.containsAll(List.of("custodian-platform-rest", "custodian-platform-persistence",
                "custodian-platform-events", "custodian-platform-audit", "custodian-platform-security")));
        health.get("bundles").forEach(b -> assertEquals(b.toString(), "ACTIVE", b.get("state").asText()));
    }

    @Test
    public void statusCommandPrintsTheSameFactsAsHealth() throws Exception {
        healthy();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        session.execute("custodian:status");
        session.close();
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.contains("Custodian: UP"));
        assertTrue(text, text.contains("database") && text.contains(expectedVendor()));
        assertTrue(text, text.contains("eventBus"));
        assertTrue(text, text.contains("custodian-platform-rest"));
    }

    @Test
    public void initialAdministratorHasAOneTimePasswordInAnOwnerOnlyFile() throws Exception {
        healthy();
        Path file = admin().initialPasswordFile();
        if (Files.exists(file)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            String oneTime = Files.readString(file).trim();
            String token = admin().login(oneTime);
            HttpResponse<String> gated = http().get("/api/v1/system", Http.bearer(token));
            assertEquals("nothing but a password change is allowed with the one-time password", 403, gated.statusCode());
        }
        String token = admin().token();
        assertFalse(Files.exists(file));
        HttpResponse<String> system = http().get("/api/v1/system", Http.bearer(token));
        assertEquals(system.body(), 200, system.statusCode());
        JsonNode facts = Http.json(system);
        assertEquals("0.1.0-SNAPSHOT", facts.get("version").asText());
        assertTrue(facts.get("uptimeSeconds").asLong() >= 0);
        assertTrue(facts.get("features").findValuesAsText("name").contains("custodian-kernel"));
        assertTrue(facts.get("bundles").size() > 50);
    }

    @Test
    public void everyProtectedEndpointAsksForCredentials() {
        healthy();
        for (String path : List.of("/api/v1/system", "/api/v1/openapi.json", "/api/v1/", "/metrics", "/api/v1/auth/me")) {
            HttpResponse<String> response = http().get(path, null);
            assertProblem(response, 401, "auth.required");
            assertTrue(path, response.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
            assertProblem(http().get(path, Http.basic("intruder", "wrong-password")), 401, null);
        }
        assertProblem(http().get("/api/v1/system", Http.basic("admin", "not-the-password")), 401, null);
        List<AuditRecord> failures = audit.latest(50, "auth.login");
        assertTrue("failed logins are audited", failures.stream()
                .anyMatch(r -> r.actor().equals("admin") && r.outcome() == Outcome.FAILURE));
    }

    @Test
    public void everyErrorIsProblemJsonWithACodeAndCorrelationId() {
        healthy();
        assertProblem(http().get("/api/v1/no/such/route", null), 404, "request.not_found");
        assertProblem(http().get("/not-the-api", null), 404, "request.not_found");
        assertProblem(http().send("DELETE", "/api/v1/health", null, null, null), 405, "request.method_not_allowed");
        assertProblem(http().send("POST", "/api/v1/auth/login", null, "text/plain", "admin"), 415,
                "request.unsupported_media_type");
        assertProblem(http().postJson("/api/v1/auth/login", null, "{\"username\": \"admin\","), 400, "request.malformed_json");
        assertProblem(http().postJson("/api/v1/auth/login", null, "{\"username\": \"admin\", \"extra\": 1}"), 400,
                "request.invalid_body");
        HttpResponse<String> correlated = http().send("GET", "/api/v1/nothing", null, null, null);
        String id = correlated.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertEquals(id, Http.json(correlated).get("correlationId").asText());
    }

    @Test
    public void openApiDocumentCoversEveryResourceWithItsPermission() {
        healthy();
        HttpResponse<String> response = http().get("/api/v1/openapi.json", Http.bearer(admin().token()));
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode doc = Http.json(response);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        JsonNode paths = doc.get("paths");
        for (String path : List.of("/health", "/system", "/auth/login", "/openapi.json")) {
            assertNotNull(path + " missing from " + paths.fieldNames(), paths.get(path));
        }
        assertEquals("system.view", paths.get("/system").get("get").get("x-custodian-permission").asText());
        assertEquals(0, paths.get("/health").get("get").get("security").size());
        assertEquals(200, http().get("/api/v1/docs", null).statusCode());
    }

    @Test
    public void hotInstalledBundleAddsItsRoutesAndUninstallRemovesThem() throws Exception {
        healthy();
        String token = Http.bearer(admin().token());
        assertProblem(http().get("/api/v1/itest/sample", token), 404, "request.not_found");

        Bundle bundle = bundleContext.installBundle(Path.of(System.getProperty("custodian.itBundle")).toUri().toString());
        bundle.start();
        HttpResponse<String> served = http().awaitGet("/api/v1/itest/sample", token, r -> r.statusCode() == 200,
                Duration.ofSeconds(30));
        assertTrue(served.body(), served.body().contains("hot-installed"));
        assertNotNull(Http.json(http().get("/api/v1/openapi.json", token)).get("paths").get("/itest/sample"));

        bundle.uninstall();
        http().awaitGet("/api/v1/itest/sample", token, r -> r.statusCode() == 404, Duration.ofSeconds(30));
        assertEquals(null, Http.json(http().get("/api/v1/openapi.json", token)).get("paths").get("/itest/sample"));
        assertEquals("the rest of the API is untouched", 200, http().get("/api/v1/system", token).statusCode());
    }

    @Test
    public void metricsArePrometheusTextWithJvmHttpPoolAndBusSeries() {
        healthy();
        String token = Http.bearer(admin().token());
        http().get("/api/v1/system", token);
        HttpResponse<String> metrics = http().get("/metrics", token);
        assertEquals(metrics.body(), 200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String text = metrics.body();
        for (String series : List.of("jvm_memory_bytes_used", "process_resident_memory_bytes",
                "custodian_http_request_duration_seconds_bucket",
                "custodian_db_pool_connections", "custodian_events_published_total")) {
            assertTrue(series + " missing", text.contains(series));
        }
        assertTrue("requests counted by route template", text.lines().anyMatch(line ->
                line.startsWith("custodian_http_requests_total{") && line.contains("route=\"/system\"")
                        && line.contains("status=\"200\"")));
    }

    @Test
    public void kernelStartIsAudited() {
        healthy();
        assertFalse(audit.latest(10, "kernel.start").isEmpty());
    }

    // --- security kernel (issue 3)

    @Test
    public void everyRouteInTheOpenApiDocumentIsGuardedByItsPermission() {
        healthy();
        String adminBasic = Http.basic("admin", admin().password());
        SecurityScenarios scenarios = new SecurityScenarios(http(), adminBasic);
        String noRoles = scenarios.newUser("walker");

        List<String> walked = new RouteWalk(http(), adminBasic, noRoles).walk();

        assertTrue(walked.toString(), walked.containsAll(List.of("GET /security/users", "GET /security/roles",
                "POST /security/check", "GET /security/apikeys", "GET /audit/events", "GET /system")));
    }

    @Test
    public void anApiKeyActsOnlyWithinItsScopesAndStopsWhenRevoked() {
        healthy();
        String adminBasic = Http.basic("admin", admin().password());
        SecurityScenarios scenarios = new SecurityScenarios(http(), adminBasic);
        String owner = scenarios.newUser("keyowner");
        scenarios.grant(SecurityScenarios.nameOf(owner), "Admin");
        String key = scenarios.apiKey(owner, "[\"system.view\"]");

        HttpResponse<String> inScope = http().get("/api/v1/system", Http.bearer(key));
        assertEquals(inScope.body(), 200, inScope.statusCode());
        assertTrue(inScope.headers().firstValue("X-RateLimit-Limit").isPresent());
        assertProblem(http().get("/api/v1/security/users", Http.bearer(key)), 403, "auth.forbidden");

        String viewer = scenarios.newUser("viewer");
        scenarios.grant(SecurityScenarios.nameOf(viewer), "Viewer");
        HttpResponse<String> tooWide = http().postJson("/api/v1/security/apikeys", viewer,
                "{\"name\":\"too-wide\",\"scopes\":[\"user.view\"]}");
        assertProblem(tooWide, 403, "apikey.scope_exceeds_rights");

        String id = scenarios.idOf(key, owner);
        assertEquals(2, http().send("DELETE", "/api/v1/security/apikeys/" + id, owner, null, null).statusCode() / 100);
        assertProblem(http().get("/api/v1/system", Http.bearer(key)), 401, "auth.invalid_credentials");
    }

    @Test
    public void overTheRateLimitTheAnswerIs429WithRetryAfter() throws Exception {
        healthy();
        String adminBasic = Http.basic("admin", admin().password());
        SecurityScenarios scenarios = new SecurityScenarios(http(), adminBasic);
        String user = scenarios.newUser("busy");
        scenarios.grant(SecurityScenarios.nameOf(user), "Admin");
        org.osgi.service.cm.Configuration limits = configurationAdmin.getConfiguration("io.custodian.platform.ratelimit", "?");
        java.util.Dictionary<String, Object> previous = limits.getProperties();
        java.util.Hashtable<String, Object> tight = new java.util.Hashtable<>();
        tight.put("limits", new String[] {"default=600/60", "auth=30/60", "system=3/60"});
        limits.update(tight);
        try {
            // The limiter applies configuration asynchronously: wait until this user's budget shows it.
            http().awaitGet("/api/v1/system", user,
                    r -> "3".equals(r.headers().firstValue("X-RateLimit-Limit").orElse("")), BOOT);
            HttpResponse<String> last = null;
            for (int i = 0; i < 5 && (last == null || last.statusCode() != 429); i++) {
                last = http().get("/api/v1/system", user);
            }
            assertProblem(last, 429, "request.rate_limited");
            assertTrue(last.headers().firstValue("Retry-After").isPresent());
            assertEquals("0", last.headers().firstValue("X-RateLimit-Remaining").orElse(""));
        } finally {
            if (previous == null) {
                limits.delete();
            } else {
                limits.update(previous);
            }
        }
    }

    @Test
    public void editingAnAuditRowInTheDatabaseIsReportedByVerify() throws Exception {
        healthy();
        String adminBasic = Http.basic("admin", admin().password());
        JsonNode before = Http.json(http().get("/api/v1/audit/verify", adminBasic));
        assertTrue(before.toString(), before.get("intact").asBoolean());

        long seq;
        try (java.sql.Connection c = kernelDataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            java.sql.ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM custodian_audit_record WHERE action = 'auth.login'");
            assertTrue(rs.next());
            seq = rs.getLong(1);
            assertEquals(1, s.executeUpdate("UPDATE custodian_audit_record SET actor = 'mallory' WHERE seq = " + seq));
        }

        JsonNode after = Http.json(http().get("/api/v1/audit/verify", adminBasic));
        assertFalse(after.toString(), after.get("intact").asBoolean());
        assertEquals(after.toString(), seq, after.get("firstBrokenSeq").asLong());
    }

    private javax.sql.DataSource kernelDataSource() throws Exception {
        return bundleContext.getService(bundleContext.getServiceReferences(javax.sql.DataSource.class,
                "(osgi.jndi.service.name=custodian)").iterator().next());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertEquals(status, problem.get("status").asInt());
        if (code != null) {
            assertEquals(code, problem.get("code").asText());
        }
        assertFalse(problem.get("correlationId").asText().isEmpty());
        assertFalse("no stack traces", response.body().contains("Exception") || response.body().contains("\tat "));
    }
}
