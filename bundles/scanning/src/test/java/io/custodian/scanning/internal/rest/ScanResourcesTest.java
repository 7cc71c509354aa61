package io.custodian.scanning.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.HostKit;
import io.custodian.scanning.internal.definition.DefinitionBody;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.store.RunPage;
import io.custodian.scanning.internal.testing.GeneratedConnector;
import io.custodian.scanning.internal.testing.Problems;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScanResourcesTest {

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /scans/definitions", "scan_logic.view"),
            Map.entry("POST /scans/definitions", "scan_logic.create"),
            Map.entry("GET /scans/definitions/{id}", "scan_logic.view"),
            Map.entry("PUT /scans/definitions/{id}", "scan_logic.edit"),
            Map.entry("DELETE /scans/definitions/{id}", "scan_logic.edit"),
            Map.entry("POST /scans/definitions/{id}/run", "scan_logic.execute"),
            Map.entry("GET /scans/runs", "scan_logic.view"),
            Map.entry("GET /scans/runs/{id}", "scan_logic.view"),
            Map.entry("GET /scans/runs/{id}/errors", "scan_logic.view"),
            Map.entry("POST /scans/runs/{id}/cancel", "scan_logic.execute"),
            Map.entry("GET /scans/runs/{id}/events", "scan_logic.view")));

    private HostKit kit;
    private ScanDefinitionResource definitions;
    private ScanRunResource runs;
    private GeneratedConnector connector;
    private DataSource source;

    @BeforeEach
    void setUp() throws Exception {
        kit = new HostKit("ada datasource.scan:1");
        connector = new GeneratedConnector(50);
        source = kit.sources.add("generated", connector, Map.of(), Map.of());
        definitions = new ScanDefinitionResource(kit.host().definitions(), kit.host().runs());
        runs = new ScanRunResource(kit.host().runs(), kit.host().timers());
        HostKit.actAs("ada");
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void everyEndpointRequiresItsPermissionAndNoneIsPublic() {
        Map<String, String> declared = new TreeMap<>();
        for (Class<?> resource : List.of(ScanDefinitionResource.class, ScanRunResource.class)) {
            assertNull(resource.getAnnotation(PublicEndpoint.class));
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
                assertNotNull(permission, method.toString());
                declared.put(verb + " " + base + (sub == null ? "" : sub.value()), permission.value());
            }
        }
        assertEquals(EXPECTED, declared);
    }

    @Test
    void creatingAnswers201AndRunningAnswers202WithTheRun() throws Exception {
        Response created = definitions.create(new DefinitionBody(null, source.id(), null, null, "METADATA", null, null, null));
        ScanDefinition definition = (ScanDefinition) created.getEntity();
        Response accepted = definitions.run(definition.id());
        ScanRun run = (ScanRun) accepted.getEntity();

        assertEquals(201, created.getStatus());
        assertEquals("generated scan", definition.name());
        assertEquals(202, accepted.getStatus());
        assertEquals(definition.id(), run.definitionId());
        assertEquals(ScanStatus.COMPLETED, kit.awaitEnd(run.id()).status());
        assertEquals(ScanStatus.COMPLETED, runs.get(run.id()).status());
        RunPage page = runs.list(Long.toString(definition.id()), null, "completed", null, "10");
        assertEquals(List.of(run.id()), page.items().stream().map(ScanRun::id).toList());
        assertNull(page.next());
        RunErrorList errors = runs.errors(run.id());
        assertEquals(0, errors.total());
        assertFalse(errors.truncated());
        assertEquals(List.of(definition), definitions.list());
        assertEquals(definition, definitions.get(definition.id()));
        definitions.delete(definition.id());
        Problems.expect("scan.definition_not_found", 404, () -> definitions.get(definition.id()));
        assertEquals(ScanStatus.COMPLETED, runs.get(run.id()).status(), "the history stays");
    }

    @Test
    void badQueryParametersAreNamed() {
        CustodianException problem = Problems.expect("scan.invalid_request", 400,
                () -> runs.list("x", "2", "DONE", "nonsense", "0"));

        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.extensions().get("errors");
        assertEquals(List.of("definitionId", "status", "limit", "after"), errors.stream().map(e -> e.get("field")).toList());
        Problems.expect("scan.run_not_found", 404, () -> runs.get("nope"));
        Problems.expect("scan.run_not_found", 404, () -> runs.cancel("nope"));
        Problems.expect("scan.run_not_found", 404, () -> runs.events("nope", new RecordingSse(), new RecordingSse()));
    }

    @Test
    void theEventStreamSendsProgressThenTheEndAndCloses() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        connector.onProduced(produced -> {
            if (produced == 5) {
                reading.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ScanDefinition definition = (ScanDefinition) definitions.create(new DefinitionBody(null, source.id(), null, null, null,
                null, null, null)).getEntity();
        ScanRun run = (ScanRun) definitions.run(definition.id()).getEntity();
        assertTrue(reading.await(30, TimeUnit.SECONDS));
        RecordingSse stream = new RecordingSse();

        runs.events(run.id(), stream, stream);
        release.countDown();

        assertTrue(stream.closedLatch().await(30, TimeUnit.SECONDS), "the stream closes after the run's end");
        List<RecordingSse.Event> events = stream.sent().stream().filter(e -> e.name() != null).toList();
        assertEquals("progress", events.get(0).name());
        assertEquals(ScanStatus.RUNNING, ((ScanRun) events.get(0).data()).status());
        assertEquals("completed", events.get(events.size() - 1).name());
        assertEquals(ScanStatus.COMPLETED, ((ScanRun) events.get(events.size() - 1).data()).status());
        assertEquals("application/json", events.get(0).mediaType().toString());
    }

    @Test
    void theEventStreamOfAFinishedRunIsItsEndAlone() throws Exception {
        ScanDefinition definition = (ScanDefinition) definitions.create(new DefinitionBody(null, source.id(), null, null, null,
                null, null, null)).getEntity();
        String runId = ((ScanRun) definitions.run(definition.id()).getEntity()).id();
        kit.awaitEnd(runId);
        RecordingSse stream = new RecordingSse();

        runs.events(runId, stream, stream);

        assertTrue(stream.isClosed());
        assertEquals(List.of("completed"), stream.sent().stream().map(RecordingSse.Event::name).toList());
    }

    @Test
    void cancellingThroughTheApiNeedsTheSourcePermissionToo() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        connector.onProduced(produced -> {
            reading.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ScanDefinition definition = (ScanDefinition) definitions.create(new DefinitionBody(null, source.id(), null, null, null,
                null, null, null)).getEntity();
        ScanRun run = (ScanRun) definitions.run(definition.id()).getEntity();
        assertTrue(reading.await(30, TimeUnit.SECONDS));

        HostKit.actAs("eve");
        Problems.expect("scan.not_allowed", 403, () -> runs.cancel(run.id()));
        HostKit.actAs("ada");
        runs.cancel(run.id());
        release.countDown();

        assertEquals(ScanStatus.CANCELLED, kit.awaitEnd(run.id()).status());
    }
}
