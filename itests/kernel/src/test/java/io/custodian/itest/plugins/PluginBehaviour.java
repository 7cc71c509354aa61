package io.custodian.itest.plugins;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.itest.AdminSession;
import io.custodian.itest.Http;
import io.custodian.platform.audit.api.AuditRecord;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.plugin.runtime.FailureKind;
import io.custodian.platform.plugin.runtime.PluginCallException;
import io.custodian.platform.plugins.api.PluginRegistry;
import io.custodian.plugin.api.classifier.Classifier;
import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.classifier.Suggestion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import org.junit.Test;

/**
 * The plugin host in the booted distribution: install from a marketplace folder, use the plugin, upgrade and roll
 * back while it is in use, uninstall without a restart, and refuse or contain what must be refused or contained.
 * Each test uses its own plugin ids or restores what it changed, so the order of tests does not matter.
 */
public abstract class PluginBehaviour {

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static AdminSession admin;

    @Inject
    protected PluginRegistry registry;

    @Inject
    protected AuditService audit;

    @Inject
    protected org.apache.karaf.shell.api.console.SessionFactory sessionFactory;

    protected Http http() {
        return new Http(Integer.getInteger("custodian.itHttpPort"));
    }

    protected synchronized String token() {
        if (admin == null) {
            http().awaitGet("/api/v1/health", null, r -> r.statusCode() == 200, BOOT);
            admin = new AdminSession(http(), Path.of(System.getProperty("karaf.data")));
        }
        return Http.bearer(admin.token());
    }

    private HttpResponse<String> install(String id, String version, String... scopes) {
        return http().postJson("/api/v1/marketplace/plugins/" + id + "/install", token(), installBody(version, scopes));
    }

    private HttpResponse<String> upgrade(String id, String version, String... scopes) {
        return http().postJson("/api/v1/marketplace/plugins/" + id + "/upgrade", token(), installBody(version, scopes));
    }

    private static String installBody(String version, String... scopes) {
        StringBuilder json = new StringBuilder("{");
        if (version != null) {
            json.append("\"version\":\"").append(version).append("\",");
        }
        json.append("\"grantScopes\":[");
        for (int i = 0; i < scopes.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(scopes[i]).append('"');
        }
        return json.append("]}").toString();
    }

    private JsonNode plugin(String id) {
        HttpResponse<String> response = http().get("/api/v1/plugins/" + id, token());
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private void uninstall(String id) {
        HttpResponse<String> response = http().send("DELETE", "/api/v1/plugins/" + id, token(), null, null);
        assertEquals(response.body(), 2, response.statusCode() / 100);
    }

    private Optional<Classifier> classifier(String describedId) {
        return registry.classifiers().stream().filter(c -> c.describe().id().equals(describedId)).findFirst();
    }

    private static ColumnProfile column(String name) {
        return new ColumnProfile("h2://it/db.public.t." + name, "t", name, "varchar", List.of("id"), null,
                List.of("a@example.org", "b@example.org"));
    }

    private String echoVersion() {
        Classifier echo = classifier("echo").orElseThrow(() -> new AssertionError("echo classifier is not running"));
        return echo.classify(column("email")).get(0).evidence().detail();
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse(""), response.headers()
                .firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(response.body(), code, Http.json(response).get("code").asText());
        assertFalse("no stack trace in " + response.body(), response.body().contains("\tat "));
    }

    private List<AuditRecord> audited(String action, String resource) {
        List<AuditRecord> found = new ArrayList<>();
        for (AuditRecord record : audit.latest(200, action)) {
            if (resource == null || resource.equals(record.resource())) {
                found.add(record);
            }
        }
        return found;
    }

    @Test
    public void marketplaceListsItsPluginsWithVersionsAndScopes() {
        HttpResponse<String> all = http().get("/api/v1/marketplace/plugins?q=echo", token());
        assertEquals(all.body(), 200, all.statusCode());
        JsonNode echo = StreamSupport.stream(Http.json(all).spliterator(), false)
                .filter(p -> p.get("id").asText().equals("it-echo")).findFirst()
                .orElseThrow(() -> new AssertionError("it-echo not listed: " + all.body()));
        assertTrue(all.body(), echo.toString().contains("1.0.0") && echo.toString().contains("1.1.0"));
        assertTrue(all.body(), echo.toString().contains("samples.read"));
        HttpResponse<String> anonymous = http().get("/api/v1/marketplace/plugins", null);
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    public void installNeedsTheRequestedScopesGrantedThenThePluginRunsUpgradesRollsBackAndUninstallsWithoutRestart()
            throws Exception {
        assertProblem(install("it-echo", "1.0.0"), 400, "plugin.scopes_not_granted");
        assertTrue("nothing installed after a refused install", classifier("echo").isEmpty());

        HttpResponse<String> installed = install("it-echo", "1.0.0", "samples.read");
        assertEquals(installed.body(), 2, installed.statusCode() / 100);
        JsonNode view = plugin("it-echo");
        assertEquals(view.toString(), "STARTED", view.get("state").asText());
        assertEquals("version 1.0.0", echoVersion());
        assertFalse(audited("plugin.install", "plugin:it-echo").isEmpty());

        // Keep calling the plugin from another thread while it is upgraded and rolled back: every call either
        // answers or fails as UNAVAILABLE, never with anything raw, and the kernel keeps answering.
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Throwable> unexpected = new ArrayList<>();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                try {
                    classifier("echo").ifPresent(c -> {
                        List<Suggestion> s = c.classify(column("email"));
                        if (!s.isEmpty()) {
                            answered.incrementAndGet();
                        }
                    });
                } catch (PluginCallException e) {
                    if (e.kind() != FailureKind.UNAVAILABLE) {
                        synchronized (unexpected) {
                            unexpected.add(e);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (unexpected) {
                        unexpected.add(e);
                    }
                }
            }
        });
        try {
            HttpResponse<String> upgraded = upgrade("it-echo", "1.1.0", "samples.read");
            assertEquals(upgraded.body(), 2, upgraded.statusCode() / 100);
            assertEquals("version 1.1.0", echoVersion());
            assertEquals("1.0.0", plugin("it-echo").get("previousVersion").asText());

            HttpResponse<String> rolledBack = http().postJson("/api/v1/plugins/it-echo/rollback", token(), "{}");
            assertEquals(rolledBack.body(), 2, rolledBack.statusCode() / 100);
            assertEquals("version 1.0.0", echoVersion());
            assertEquals("1.0.0", plugin("it-echo").get("version").asText());

            // Uninstalled while still being called: the calls in flight end or fail as UNAVAILABLE.
            uninstall("it-echo");
            assertTrue("no echo classifier after uninstall", classifier("echo").isEmpty());
        } finally {
            running.set(false);
            load.get();
        }
        assertTrue("unexpected failures while upgrading and uninstalling: " + unexpected, unexpected.isEmpty());
        assertTrue("the plugin answered while being upgraded", answered.get() > 0);
        assertFalse(audited("plugin.upgrade", "plugin:it-echo").isEmpty());
        assertFalse(audited("plugin.rollback", "plugin:it-echo").isEmpty());
        assertFalse(audited("plugin.uninstall", "plugin:it-echo").isEmpty());
        assertProblem(http().get("/api/v1/plugins/it-echo", token()), 404, "plugin.not_found");
        assertEquals("health stays UP", 200, http().get("/api/v1/health", null).statusCode());
    }

    @Test
    public void theShellSearchesInstallsListsAndUninstalls() throws Exception {
        String found = shell("custodian:marketplace-search echo");
        assertTrue(found, found.contains("it-echo") && found.contains("1.1.0"));
        String installed = shell("custodian:plugin-install --grant samples.read it-echo 1.0.0");
        assertTrue(installed, installed.contains("it-echo"));
        assertEquals("version 1.0.0", echoVersion());
        String listed = shell("custodian:plugin-list");
        assertTrue(listed, listed.contains("it-echo") && listed.contains("STARTED"));
        shell("custodian:plugin-uninstall it-echo");
        assertTrue(classifier("echo").isEmpty());
        assertEquals(404, http().get("/api/v1/plugins/it-echo", token()).statusCode());
    }

    private String shell(String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessionFactory.create(System.in, print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    public void downloadsThatCannotBeTrustedAreRefusedWithAClearReasonAndAudited() {
        assertProblem(install("it-unsigned", "1.0.0"), 422, "plugin.signature_missing");
        assertProblem(install("it-untrusted", "1.0.0"), 422, "plugin.publisher_untrusted");
        assertProblem(install("it-forged", "1.0.0"), 422, "plugin.signature_invalid");
        assertProblem(install("it-tampered", "1.0.0"), 422, "plugin.checksum_mismatch");
        HttpResponse<String> future = install("it-future", "1.0.0");
        assertProblem(future, 422, "plugin.platform_unsupported");
        assertTrue(future.body(), future.body().contains(">=9.0.0"));
        for (String id : List.of("it-unsigned", "it-untrusted", "it-forged", "it-tampered", "it-future")) {
            assertFalse("refusal of " + id + " audited", audited("plugin.install", "plugin:" + id).isEmpty());
            assertEquals(404, http().get("/api/v1/plugins/" + id, token()).statusCode());
        }
    }

    @Test
    public void theBuiltInPluginsInstallFromTheDistributionsOwnMarketplaceAndWorkThroughTheHost() throws Exception {
        for (String[] plugin : new String[][] {{"patterns", "samples.read"}, {"charts"}, {"files", "network.connect"}}) {
            String[] scopes = java.util.Arrays.copyOfRange(plugin, 1, plugin.length);
            HttpResponse<String> installed = install(plugin[0], null, scopes);
            assertEquals(installed.body(), 2, installed.statusCode() / 100);
        }
        try {
            List<String> found = new ArrayList<>();
            for (Classifier classifier : registry.classifiers()) {
                classifier.classify(column("email")).forEach(s -> found.add(s.classificationId()));
            }
            assertTrue(found.toString(), found.contains("PII.Email"));

            String chart = registry.visualizations().stream()
                    .filter(v -> v.describe().requestTypes().contains("classification-counts")).findFirst()
                    .orElseThrow(() -> new AssertionError("no chart for classification-counts"))
                    .render(new io.custodian.plugin.api.visualization.VisualizationRequest("classification-counts",
                            List.of(java.util.Map.of("classification", "PII.Email", "count", 3)), java.util.Map.of()))
                    .vegaLite();
            assertTrue(chart, chart.contains("vega-lite"));

            Path folder = Files.createTempDirectory("it-files");
            Files.writeString(folder.resolve("customers.csv"), "id,email\n1,a@example.org\n2,b@example.org\n");
            io.custodian.plugin.api.connector.Connector files = registry.connector("files")
                    .orElseThrow(() -> new AssertionError("no files connector"));
            io.custodian.plugin.api.connector.ConnectionSettings settings =
                    new io.custodian.plugin.api.connector.ConnectionSettings(java.util.Map.of("path", folder.toString()), null);
            assertTrue(files.testConnection(settings).ok());
            try (io.custodian.plugin.api.connector.ConnectorSession session = files.open(settings)) {
                List<String> assets = new ArrayList<>();
                try (var containers = session.containers(null)) {
                    containers.forEach(c -> {
                        try (var inside = session.assets(c)) {
                            inside.forEach(a -> assets.add(a.name() + a.columns().stream().map(col -> col.name()).toList()));
                        }
                    });
                }
                assertTrue(assets.toString(), assets.contains("customers.csv[id, email]"));
            }
        } finally {
            for (String id : List.of("patterns", "charts", "files")) {
                uninstall(id);
            }
        }
    }

    @Test
    public void anUploadedJarGoesThroughTheSameChecksAsAMarketplaceDownload() throws Exception {
        Path market = Path.of(System.getProperty("custodian.itMarketplace"));
        // The publisher's signature of echo 1.0.0, as the marketplace index carries it.
        JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper().readTree(market.resolve("index.json").toFile());
        String signature = StreamSupport.stream(index.get("plugins").spliterator(), false)
                .filter(p -> p.get("id").asText().equals("it-echo"))
                .flatMap(p -> StreamSupport.stream(p.get("versions").spliterator(), false))
                .filter(v -> v.get("version").asText().equals("1.0.0")).findFirst().orElseThrow()
                .get("signature").asText();
        byte[] jar = Files.readAllBytes(market.resolve("it-echo-1.0.0.jar"));

        assertProblem(upload(new MultipartUpload().field("publisher", TestMarketplace.PUBLISHER)
                .file("echo.jar", jar)), 422, "plugin.signature_missing");
        assertProblem(upload(new MultipartUpload().field("publisher", TestMarketplace.PUBLISHER)
                .field("signature", signature).field("grantScopes", "samples.read")
                .file("echo.jar", Files.readAllBytes(market.resolve("it-echo-1.1.0.jar")))), 422, "plugin.signature_invalid");
        assertProblem(upload(new MultipartUpload().field("publisher", TestMarketplace.PUBLISHER)
                .field("signature", signature).file("echo.jar", "not a jar".getBytes())), 400, "plugin.not_a_jar");
        assertProblem(upload(new MultipartUpload().field("publisher", TestMarketplace.PUBLISHER)
                .field("signature", signature).file("big.jar", new byte[3 * 1024 * 1024])), 400, "plugin.too_large");
        assertProblem(install("it-zipslip", "1.0.0"), 400, "plugin.unsafe_entry");
        assertFalse(Files.exists(Path.of(System.getProperty("karaf.base"), "etc", "evil.cfg")));
        assertTrue(classifier("echo").isEmpty());

        HttpResponse<String> accepted = upload(new MultipartUpload().field("publisher", TestMarketplace.PUBLISHER)
                .field("signature", signature).field("grantScopes", "samples.read").file("echo.jar", jar));
        assertEquals(accepted.body(), 2, accepted.statusCode() / 100);
        try {
            assertEquals("STARTED", plugin("it-echo").get("state").asText());
            assertEquals("version 1.0.0", echoVersion());
        } finally {
            uninstall("it-echo");
        }
    }

    private HttpResponse<String> upload(MultipartUpload form) {
        return http().sendBytes("POST", "/api/v1/plugins/upload", token(), form.contentType(), form.body());
    }

    @Test
    public void aMisbehavingPluginIsContainedAndItsHealthShowsIt() throws Exception {
        HttpResponse<String> installed = install("it-misbehaving", "1.0.0");
        assertEquals(installed.body(), 2, installed.statusCode() / 100);
        try {
            Classifier bad = classifier("misbehaving").orElseThrow(() -> new AssertionError("misbehaving not running"));
            assertEquals(FailureKind.FAILED, failure(bad, "throws"));
            assertEquals(FailureKind.INVALID_OUTPUT, failure(bad, "nulls"));
            assertEquals(FailureKind.INVALID_OUTPUT, failure(bad, "floods"));
            assertTrue("undeclared classifications are dropped", bad.classify(column("garbage")).isEmpty());
            assertEquals(FailureKind.SCOPE_DENIED, failure(bad, "peeks"));
            assertEquals(FailureKind.SCOPE_DENIED, failure(bad, "writes"));
            long started = System.nanoTime();
            assertEquals(FailureKind.TIMED_OUT, failure(bad, "hangs"));
            assertTrue("a hanging call returns at its time limit",
                    Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
            assertEquals("honest columns still work", 1, bad.classify(column("name")).size());

            assertFalse("scope refusal audited", audited("plugin.scope_denied", "plugin:it-misbehaving").isEmpty());
            JsonNode health = plugin("it-misbehaving").get("health");
            assertNotNull(health);
            assertTrue(health.toString(), health.get("failures").asLong() >= 6);
            assertTrue(health.toString(), health.get("timeouts").asLong() >= 1);
            assertNotNull(health.toString(), health.get("lastFailure"));
            assertEquals(200, http().get("/api/v1/health", null).statusCode());
        } finally {
            uninstall("it-misbehaving");
        }
    }

    private static FailureKind failure(Classifier classifier, String column) {
        try {
            classifier.classify(column(column));
        } catch (PluginCallException e) {
            return e.kind();
        }
        fail("column " + column + " should have failed");
        return null;
    }

    @Test
    public void aJarDroppedIntoDeployWaitsForAnAdministratorToGrantItsScopes() throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path jar = Path.of(System.getProperty("custodian.itMarketplace"), "it-echo-1.1.0.jar");
        Files.copy(jar, deploy.resolve("it-echo-1.1.0.jar"), StandardCopyOption.REPLACE_EXISTING);
        try {
            JsonNode waiting = Http.json(http().awaitGet("/api/v1/plugins/it-echo", token(),
                    r -> r.statusCode() == 200 && r.body().contains("AWAITING_GRANT"), Duration.ofSeconds(30)));
            assertTrue(waiting.toString(), waiting.toString().contains("samples.read"));
            assertTrue("not used before the grant", classifier("echo").isEmpty());
            HttpResponse<String> granted = http().postJson("/api/v1/plugins/it-echo/grant", token(),
                    "{\"scopes\":[\"samples.read\"]}");
            assertEquals(granted.body(), 2, granted.statusCode() / 100);
            http().awaitGet("/api/v1/plugins/it-echo", token(), r -> r.body().contains("STARTED"), Duration.ofSeconds(30));
            assertEquals("version 1.1.0", echoVersion());
        } finally {
            Files.deleteIfExists(deploy.resolve("it-echo-1.1.0.jar"));
            http().awaitGet("/api/v1/plugins/it-echo", token(), r -> r.statusCode() == 404, Duration.ofSeconds(30));
        }
        assertTrue(classifier("echo").isEmpty());
    }
}
