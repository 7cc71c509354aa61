package io.custodian.scanning.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.custodian.datasources.api.DataSource;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.HostKit;
import io.custodian.scanning.internal.definition.DefinitionBody;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.testing.GeneratedConnector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.sse.SseContextProvider;
import org.apache.cxf.jaxrs.sse.SseEventSinkContextProvider;
import org.apache.cxf.jaxrs.sse.interceptor.SseInterceptor;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run resource served by CXF with server-sent events as the kernel's REST runtime sets them up (SSE context
 * providers, the SSE interceptor, an async servlet, Jackson with ISO times), read by a real HTTP client.
 */
class EventStreamOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private HostKit kit;
    private org.eclipse.jetty.server.Server jetty;
    private Server cxf;
    private URI base;
    private GeneratedConnector connector;
    private DataSource source;

    @BeforeEach
    void serve() throws Exception {
        kit = new HostKit("ada datasource.scan:1");
        connector = new GeneratedConnector(200);
        source = kit.sources.add("generated", connector, Map.of(), Map.of());
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(holder, "/api/v1/*");
        jetty = new org.eclipse.jetty.server.Server(0);
        jetty.setHandler(context);
        jetty.start();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(servlet.getBus());
        factory.setAddress("/");
        factory.setServiceBeans(List.of(new ScanRunResource(kit.host().runs(), kit.host().timers())));
        factory.setProviders(List.of(new JacksonJsonProvider(JSON), new SseContextProvider(), new SseEventSinkContextProvider()));
        factory.getInInterceptors().add(new SseInterceptor());
        cxf = factory.create();
        base = URI.create("http://127.0.0.1:" + jetty.getURI().getPort() + "/api/v1/scans/runs/");
    }

    @AfterEach
    void stop() throws Exception {
        cxf.destroy();
        jetty.stop();
        kit.close();
    }

    @Test
    void aClientFollowsARunToItsEndAndReadsTheRunAsJson() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        connector.onProduced(produced -> {
            if (produced == 100) {
                reading.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        HostKit.actAs("ada");
        ScanDefinition definition = kit.host().definitions().create(new DefinitionBody(null, source.id(), null, null, null,
                null, null, null));
        ScanRun run = kit.host().runs().start(definition.id(), ScanTrigger.MANUAL);
        assertTrue(reading.await(30, TimeUnit.SECONDS));
        HttpClient client = HttpClient.newHttpClient();

        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(HttpRequest.newBuilder(base.resolve(run.id() + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(30, TimeUnit.SECONDS);
        release.countDown();
        List<String> lines = new ArrayList<>();
        CompletableFuture.runAsync(() -> response.body().forEach(lines::add)).get(60, TimeUnit.SECONDS);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> names = lines.stream().filter(l -> l.startsWith("event:")).map(l -> l.substring(6).strip()).toList();
        assertEquals("progress", names.get(0));
        assertEquals("completed", names.get(names.size() - 1), lines.toString());
        List<String> data = lines.stream().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).strip()).toList();
        JsonNode first = JSON.readTree(data.get(0));
        JsonNode last = JSON.readTree(data.get(data.size() - 1));
        assertEquals("RUNNING", first.get("status").asText());
        assertEquals("COMPLETED", last.get("status").asText());
        assertEquals(200, last.get("counts").get("assetsSeen").asInt());
        assertEquals(100, last.get("percent").asInt());

        HttpResponse<String> json = client.send(HttpRequest.newBuilder(base.resolve(run.id())).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode stored = JSON.readTree(json.body());
        assertEquals(200, json.statusCode());
        assertEquals(List.of("id", "definitionId", "sourceId", "status", "trigger", "requestedBy", "nodeId", "queuedAt",
                "startedAt", "finishedAt", "counts", "sourceMillis", "totalMillis", "percent", "currentObject", "message"),
                fieldNames(stored));
        assertTrue(stored.get("queuedAt").asText().endsWith("Z"), "ISO-8601 times");
        assertEquals(List.of("containers", "assetsSeen", "added", "changed", "unchanged", "removed", "restored", "errors"),
                fieldNames(stored.get("counts")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
