package io.custodian.datasources.internal.rest;

import static io.custodian.datasources.internal.testing.Expect.neverAudited;
import static io.custodian.datasources.internal.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.custodian.datasources.internal.crypto.MasterKeySource;
import io.custodian.datasources.internal.testing.FakeConnector;
import io.custodian.datasources.internal.testing.SourcesKit;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.plugin.api.connector.Diagnosis;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourceResourceTest {

    private static final String SECRET = "rest-Secret-42";
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /datasources", "datasource.view"),
            Map.entry("POST /datasources", "datasource.create"),
            Map.entry("GET /datasources/types", "datasource.view"),
            Map.entry("POST /datasources/test", "datasource.create"),
            Map.entry("GET /datasources/{id}", "datasource.view"),
            Map.entry("PUT /datasources/{id}", "datasource.edit"),
            Map.entry("DELETE /datasources/{id}", "datasource.delete"),
            Map.entry("POST /datasources/{id}/test", "datasource.monitor"),
            Map.entry("GET /datasources/{id}/health", "datasource.monitor"),
            Map.entry("POST /datasources/master-key/rotate", "datasource.security")));

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path root;

    private SourcesKit kit;
    private DataSourceResource resource;

    @BeforeEach
    void setUp() throws Exception {
        kit = SourcesKit.h2(root);
        resource = new DataSourceResource(kit.parts());
        Caller.bind(new Caller(Optional.of("alice"), new Origin("10.1.2.3", "curl", "corr-1")));
    }

    @AfterEach
    void tearDown() throws Exception {
        Caller.unbind();
        kit.close();
    }

    @Test
    void everyEndpointRequiresItsPermissionAndNoneIsPublic() {
        Map<String, String> declared = new TreeMap<>();
        String base = DataSourceResource.class.getAnnotation(javax.ws.rs.Path.class).value();
        for (Method method : DataSourceResource.class.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                    : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE"
                    : null;
            if (verb == null) {
                continue;
            }
            javax.ws.rs.Path path = method.getAnnotation(javax.ws.rs.Path.class);
            RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
            assertFalse(method.isAnnotationPresent(PublicEndpoint.class), method.getName());
            declared.put(verb + " " + base + (path == null ? "" : path.value()),
                    permission == null ? "(none)" : permission.value());
        }
        assertEquals(EXPECTED, declared);
    }

    @Test
    void aRegisteredSourceIsShownWithoutItsSecretEverywhere() throws Exception {
        SourceView created = resource.create(null, body("sales", Map.of("password", SECRET)));

        String createdJson = json.writeValueAsString(created);
        String listJson = json.writeValueAsString(resource.list());
        String getJson = json.writeValueAsString(resource.get(Long.toString(created.id())));

        for (String answer : List.of(createdJson, listJson, getJson)) {
            assertFalse(answer.contains(SECRET), answer);
        }
        assertEquals(List.of("password"), created.secretNames());
        assertEquals(Map.of("host", "db.example.com", "port", "5432"), created.settings());
        assertEquals("alice", created.owner());
        assertEquals("alice", created.createdBy());
        assertEquals("UNKNOWN", created.health().status());
        assertTrue(getJson.contains("\"createdAt\":\"2026-03-01T08:00:00Z\""), getJson);
        neverAudited(kit.audit, SECRET);
    }

    @Test
    void referencesAreShownAsWhereTheyPoint() {
        SourceView created = resource.create(null, body("sales", Map.of("password", Map.of("env", "SALES_PW"))));

        assertEquals(Map.of("password", "env:SALES_PW"), created.secretReferences());
    }

    @Test
    void anUpdateBodyKeepsRemovesAndReplacesSecrets() {
        SourceView created = resource.create(null, body("sales", Map.of("password", SECRET, "token", "t")));
        Map<String, Object> secrets = new HashMap<>();
        secrets.put("token", null);

        SourceView updated = resource.update(Long.toString(created.id()), null,
                new SourceBody(null, null, null, secrets, null, List.of("eu"), null));

        assertEquals(List.of("password"), updated.secretNames());
        assertEquals(List.of("eu"), updated.tags());
        assertEquals(created.settings(), updated.settings());
    }

    @Test
    void aCreateWithATestThatFailsAnswersTheDiagnosisCode() {
        kit.fake.answer(Diagnosis.REFUSED);

        problem("datasource.refused", 422, () -> resource.create("true", body("sales", Map.of("password", SECRET))));

        assertTrue(resource.list().isEmpty());
    }

    @Test
    void connectionTestsAnswerTheDiagnosisTheCodeAndASentence() throws Exception {
        SourceView created = resource.create(null, body("sales", Map.of("password", SECRET)));
        kit.fake.answer(Diagnosis.AUTH_FAILED);

        TestResultView saved = resource.test(Long.toString(created.id()));
        TestResultView unsaved = resource.testUnsaved(new TestBody(FakeConnector.TYPE, Map.of("host", "h"),
                Map.of("password", "x")));

        assertFalse(saved.ok());
        assertEquals("AUTH_FAILED", saved.diagnosis());
        assertEquals("datasource.auth_failed", saved.code());
        assertEquals("The source rejected the credentials: check the user and the password.", saved.message());
        assertEquals("fake says AUTH_FAILED", saved.detail());
        assertEquals(saved.diagnosis(), unsaved.diagnosis());
        kit.fake.answer(Diagnosis.OK);
        TestResultView ok = resource.test(Long.toString(created.id()));
        assertTrue(ok.ok());
        assertNull(ok.code());
        assertEquals(Map.of("ok", true, "diagnosis", "OK", "message", "The connection works.", "detail", "fake connected",
                "elapsedMs", 3), withoutNull(json.readValue(json.writeValueAsString(ok), Map.class)));
    }

    @Test
    void healthShowsTheLatestCheckAndTheHistoryNewestFirst() {
        SourceView created = resource.create(null, body("sales", Map.of("password", SECRET)));
        String id = Long.toString(created.id());
        resource.test(id);
        kit.clock.advance(java.time.Duration.ofMinutes(5));
        kit.fake.answer(Diagnosis.TIMEOUT);
        resource.test(id);

        HealthView health = resource.health(id, null);

        assertEquals("DOWN", health.current().status());
        assertEquals(List.of("DOWN", "UP"), health.history().stream().map(h -> h.status()).toList());
        assertEquals(1, resource.health(id, "1").history().size());
        problem("datasource.invalid_request", 400, () -> resource.health(id, "0"));
        problem("datasource.invalid_request", 400, () -> resource.health(id, "many"));
    }

    @Test
    void typesCarryTheirSchemaAsJson() {
        List<TypeView> types = resource.types();

        assertEquals(1, types.size());
        assertEquals("object", types.get(0).configSchema().get("type"));
        assertEquals(List.of("password", "token"), types.get(0).secretNames());
        assertEquals(List.of("KEYS"), types.get(0).capabilities());
    }

    @Test
    void malformedRequestsAreProblemsNotErrors() {
        problem("datasource.not_found", 404, () -> resource.get("abc"));
        problem("datasource.not_found", 404, () -> resource.get("-1"));
        problem("datasource.not_found", 404, () -> resource.get("77"));
        problem("datasource.not_found", 404, () -> resource.test("77"));
        problem("datasource.not_found", 404, () -> resource.delete("77"));
        problem("datasource.invalid_request", 400, () -> resource.create("maybe", body("x", Map.of())));
        problem("datasource.invalid_request", 400, () -> resource.create(null, null));
        problem("datasource.invalid_request", 400, () -> resource.testUnsaved(null));
        problem("datasource.invalid_request", 400, () -> resource.create(null, body("x", Map.of("password", 42))));
        problem("datasource.invalid_request", 400,
                () -> resource.create(null, body("x", Map.of("password", Map.of("vault", "a")))));
        problem("datasource.unknown_type", 400, () -> resource.create(null,
                new SourceBody("x", "oracle", Map.of(), Map.of(), null, null, null)));
    }

    @Test
    void anUnreadableReferenceBeforeATestIsAProblem() {
        problem("datasource.secret_unavailable", 422, () -> resource.create("true",
                body("sales", Map.of("password", Map.of("env", "NOT_SET_ANYWHERE")))));
        SourceView saved = resource.create(null, body("sales", Map.of("password", Map.of("env", "NOT_SET_ANYWHERE"))));
        problem("datasource.secret_unavailable", 422, () -> resource.update(Long.toString(saved.id()), "true",
                new SourceBody(null, null, null, null, null, null, "retry")));
    }

    @Test
    void aStoppedConnectorIsAConflict() {
        SourceView created = resource.create(null, body("sales", Map.of("password", SECRET)));
        kit.plugins.stop(FakeConnector.TYPE);

        problem("datasource.connector_unavailable", 409, () -> resource.test(Long.toString(created.id())));
    }

    @Test
    void deletesASource() {
        SourceView created = resource.create(null, body("sales", Map.of("password", SECRET)));

        resource.delete(Long.toString(created.id()));

        assertTrue(resource.list().isEmpty());
    }

    @Test
    void rotatesTheKeyFileButNotAnEnvironmentKey() {
        resource.create(null, body("sales", Map.of("password", SECRET)));

        assertEquals(1, resource.rotateMasterKey().resealed());
        assertEquals("alice", kit.audit.last("datasource.master_key_rotate").actor());

        kit.environment.put(MasterKeySource.ENV, Base64.getEncoder().encodeToString(new byte[32]));
        resource = new DataSourceResource(kit.restart());
        problem("datasource.master_key_external", 409, () -> resource.rotateMasterKey());
    }

    private static SourceBody body(String name, Map<String, Object> secrets) {
        return new SourceBody(name, FakeConnector.TYPE, Map.of("host", "db.example.com", "port", 5432), secrets, null,
                List.of("finance"), "Sales");
    }

    private static Map<?, ?> withoutNull(Map<?, ?> map) {
        Map<Object, Object> copy = new HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
