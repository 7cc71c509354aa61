package io.custodian.platform.metrics.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.metrics.internal.MetricsScraper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The servlet in an embedded Jetty 9.4, the container pax-web 8 runs in Karaf 4.4. */
class MetricsServletTest {

    private static final String BODY = "# TYPE up gauge\nup 1\n";

    private final TestSecurityService security = new TestSecurityService();
    private final AtomicReference<MetricsScraper> scraper = new AtomicReference<>(() -> BODY);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;
    private URI uri;

    @BeforeEach
    void startServer() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new MetricsServlet(security, () -> scraper.get().scrape())), "/metrics");
        server.setHandler(context);
        server.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/metrics");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get() {
        return HttpRequest.newBuilder(uri).GET();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title, String code) {
        assertEquals(status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        String body = response.body();
        assertTrue(body.startsWith("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\",\"detail\":\""), body);
        assertTrue(body.endsWith(",\"correlationId\":\"" + correlationId + "\"}"), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), "no stack trace: " + body);
    }

    @Test
    void servesMetricsToACallerWithThePermissionOverBasic() throws Exception {
        HttpResponse<String> response = send(get().header("Authorization", basic("prom", "s3cret"))
                .header("User-Agent", "Prometheus/2.53").header("X-Correlation-Id", "scrape-42"));

        assertEquals(200, response.statusCode());
        assertEquals(BODY, response.body());
        assertEquals("text/plain; version=0.0.4; charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").toLowerCase());
        assertEquals("scrape-42", response.headers().firstValue("X-Correlation-Id").orElse(""));
        assertEquals(new Origin("127.0.0.1", "Prometheus/2.53", "scrape-42"), security.origins.get(0));
        assertEquals("system.metrics", security.permissionsAsked.get(0));
    }

    @Test
    void servesMetricsOverABearerToken() throws Exception {
        HttpResponse<String> response = send(get().header("Authorization", "Bearer tok-prom"));
        assertEquals(200, response.statusCode());
        assertEquals(BODY, response.body());
    }

    @Test
    void headAnswersHeadersWithoutBody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer tok-prom"));
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals(String.valueOf(BODY.length()), response.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void withoutCredentialsAnswers401WithChallenge() throws Exception {
        HttpResponse<String> response = send(get());
        assertProblem(response, 401, "Unauthorized", "auth.required");
        assertEquals("Basic realm=\"custodian\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(security.origins.isEmpty(), "no credentials, nothing to check");
    }

    @Test
    void wrongPasswordAnswers401() throws Exception {
        HttpResponse<String> response = send(get().header("Authorization", basic("prom", "nope")));
        assertProblem(response, 401, "Unauthorized", "auth.required");
        assertTrue(response.body().contains("\"detail\":\"Invalid user name or password.\""), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void unknownTokenAndOtherSchemesAnswer401() throws Exception {
        assertProblem(send(get().header("Authorization", "Bearer nope")), 401, "Unauthorized", "auth.required");
        assertProblem(send(get().header("Authorization", "Digest abc")), 401, "Unauthorized", "auth.required");
        assertProblem(send(get().header("Authorization", "Basic !!!")), 401, "Unauthorized", "auth.required");
    }

    @Test
    void callerWithoutThePermissionAnswers403() throws Exception {
        HttpResponse<String> response = send(get().header("Authorization", basic("alice", "wonder")));
        assertProblem(response, 403, "Forbidden", "auth.forbidden");
        assertFalse(response.headers().firstValue("WWW-Authenticate").isPresent());
        assertFalse(response.body().contains("viewer"), "no role names leak");
    }

    @Test
    void otherMethodsAnswer405() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString("x")).header("Authorization", "Bearer tok-prom"));
        assertProblem(response, 405, "Method Not Allowed", "request.method_not_allowed");
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void insaneCorrelationIdIsReplacedByAUuid() throws Exception {
        HttpResponse<String> response = send(get().header("X-Correlation-Id", "a b<script>"));
        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertNotEquals("a b<script>", id);
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
        assertTrue(response.body().contains(id));
    }

    @Test
    void tooLongCorrelationIdIsReplaced() throws Exception {
        String longId = "a".repeat(65);
        HttpResponse<String> response = send(get().header("X-Correlation-Id", longId));
        assertNotEquals(longId, response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void failingScrapeAnswers500WithoutStackTrace() throws Exception {
        scraper.set(() -> {
            throw new IllegalStateException("secret internals");
        });
        HttpResponse<String> response = send(get().header("Authorization", "Bearer tok-prom")
                .header("X-Correlation-Id", "boom-1"));
        assertProblem(response, 500, "Internal Server Error", "internal.error");
        assertFalse(response.body().contains("secret internals"), response.body());
        assertEquals("boom-1", response.headers().firstValue("X-Correlation-Id").orElse(""));
    }
}
