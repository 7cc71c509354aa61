package io.custodian.platform.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.custodian.platform.openapi.internal.sample.DatasetResource;
import io.custodian.platform.openapi.internal.sample.HealthResource;
import io.custodian.platform.openapi.internal.sample.PublicClassResource;
import io.custodian.platform.openapi.internal.sample.TagResource;
import io.custodian.platform.openapi.internal.sample.a.ThingResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiGeneratorTest {

    static final List<Class<?>> SAMPLES = List.of(DatasetResource.class, HealthResource.class,
            PublicClassResource.class, TagResource.class, ThingResource.class,
            io.custodian.platform.openapi.internal.sample.b.ThingResource.class, OpenApiResource.class);

    private static ObjectNode doc;

    @BeforeAll
    static void generate() {
        doc = new OpenApiGenerator("1.2.3").generate(SAMPLES);
    }

    private static JsonNode op(String path, String method) {
        JsonNode operation = doc.path("paths").path(path).path(method);
        assertFalse(operation.isMissingNode(), () -> method + " " + path + " missing; paths: " + doc.path("paths"));
        return operation;
    }

    private static JsonNode param(JsonNode operation, String name) {
        for (JsonNode p : operation.path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation);
    }

    private static JsonNode schema(String name) {
        JsonNode schema = doc.path("components").path("schemas").path(name);
        assertFalse(schema.isMissingNode(), () -> "schema " + name + " missing: " + doc.path("components").path("schemas"));
        return schema;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void describesDocumentHeader() {
        assertEquals("3.0.3", doc.path("openapi").asText());
        assertEquals("Custodian API", doc.path("info").path("title").asText());
        assertEquals("1.2.3", doc.path("info").path("version").asText());
        assertEquals("/api/v1", doc.path("servers").path(0).path("url").asText());
        assertEquals(1, doc.path("servers").size());
    }

    @Test
    void joinsAndNormalisesPaths() {
        Set<String> paths = new HashSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(Set.of("/datasets", "/datasets/{id}", "/datasets/{id}/name", "/datasets/{id}/owners",
                "/datasets/{id}/raw", "/datasets/{id}/export", "/datasets/{id}/tree", "/health", "/health/details",
                "/health/undeclared", "/login", "/login/sessions", "/tags/{key}", "/a/things", "/a/things/search",
                "/b/things", "/openapi.json", "/docs", "/docs/{file}"), paths);
    }

    @Test
    void reducesRegexTemplateToItsName() {
        JsonNode get = op("/datasets/{id}", "get");
        JsonNode id = param(get, "id");
        assertEquals("path", id.path("in").asText());
        assertTrue(id.path("required").asBoolean());
        assertEquals("string", id.path("schema").path("type").asText());
        assertEquals("uuid", id.path("schema").path("format").asText());
    }

    @Test
    void mapsHttpMethodsOfOnePathTogether() {
        JsonNode item = doc.path("paths").path("/datasets/{id}");
        assertEquals(List.of("get", "put", "delete"), iterableNames(item));
        assertTrue(doc.path("paths").path("/datasets/{id}/name").has("patch"));
    }

    private static List<String> iterableNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void readsQueryParametersWithTypedDefaults() {
        JsonNode list = op("/datasets", "get");
        JsonNode limit = param(list, "limit");
        assertEquals("query", limit.path("in").asText());
        assertFalse(limit.path("required").asBoolean());
        assertEquals("integer", limit.path("schema").path("type").asText());
        assertEquals("int32", limit.path("schema").path("format").asText());
        assertTrue(limit.path("schema").path("default").isNumber());
        assertEquals(50, limit.path("schema").path("default").asInt());
        assertEquals("string", param(list, "after").path("schema").path("type").asText());
        assertEquals("active", param(list, "include").path("schema").path("default").asText());
    }

    @Test
    void readsHeaderAndCookieParametersButNotReservedHeaders() {
        JsonNode owners = op("/datasets/{id}/owners", "get");
        assertEquals("header", param(owners, "X-Trace").path("in").asText());
        assertEquals("string", param(owners, "X-Trace").path("schema").path("type").asText());
        assertEquals("cookie", param(owners, "session").path("in").asText());
        assertEquals(List.of("id", "X-Trace", "session"), names(owners.path("parameters")));
    }

    private static List<String> names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    @Test
    void takesRequestBodyFromUnannotatedParameterSkippingContext() {
        JsonNode create = op("/datasets", "post");
        assertFalse(create.has("parameters"), "@Context must not become a parameter");
        JsonNode body = create.path("requestBody");
        assertTrue(body.path("required").asBoolean());
        assertEquals("#/components/schemas/NewDataset",
                body.path("content").path("application/json").path("schema").path("$ref").asText());
        JsonNode newDataset = schema("NewDataset");
        assertEquals("#/components/schemas/Tag",
                newDataset.path("properties").path("tags").path("items").path("$ref").asText());
    }

    @Test
    void describesFormParametersAsFormBody() {
        JsonNode rename = op("/datasets/{id}/name", "patch");
        JsonNode schema = rename.path("requestBody").path("content").path("application/x-www-form-urlencoded")
                .path("schema");
        assertEquals("object", schema.path("type").asText());
        assertEquals("string", schema.path("properties").path("name").path("type").asText());
        assertEquals(List.of("id"), names(rename.path("parameters")));
    }

    @Test
    void describesRecordComponentsWithTheirTypes() {
        JsonNode dataset = schema("DatasetDto");
        JsonNode props = dataset.path("properties");
        assertEquals(List.of("id", "name", "createdAt", "updatedAt", "status", "tags", "labels", "description",
                "owner", "counts", "version", "deleted", "score"), iterableNames(props));
        assertEquals("uuid", props.path("id").path("format").asText());
        assertEquals("date-time", props.path("createdAt").path("format").asText());
        assertEquals("date-time", props.path("updatedAt").path("format").asText());
        assertEquals("array", props.path("tags").path("type").asText());
        assertEquals("string", props.path("tags").path("items").path("type").asText());
        assertEquals("array", props.path("labels").path("type").asText());
        assertTrue(props.path("labels").path("uniqueItems").asBoolean());
        assertEquals("string", props.path("description").path("type").asText(), "Optional is unwrapped");
        assertEquals("object", props.path("counts").path("type").asText());
        assertEquals("int32", props.path("counts").path("additionalProperties").path("format").asText());
        assertEquals("int64", props.path("version").path("format").asText());
        assertEquals("boolean", props.path("deleted").path("type").asText());
        assertEquals("double", props.path("score").path("format").asText());
        assertFalse(texts(dataset.path("required")).contains("description"), "Optional components are not required");
        assertTrue(texts(dataset.path("required")).contains("name"));
    }

    @Test
    void describesEnumsAsNamedStringEnums() {
        assertEquals("#/components/schemas/Status",
                schema("DatasetDto").path("properties").path("status").path("$ref").asText());
        JsonNode status = schema("Status");
        assertEquals("string", status.path("type").asText());
        assertEquals(List.of("DRAFT", "PUBLISHED", "RETIRED"), texts(status.path("enum")));
    }

    @Test
    void describesBeansByGettersHonouringJacksonAnnotations() {
        JsonNode props = schema("Owner").path("properties");
        assertEquals(List.of("active", "home", "name"), iterableNames(props));
        assertEquals("uri", props.path("home").path("format").asText());
        assertEquals("boolean", props.path("active").path("type").asText());
    }

    @Test
    void resolvesGenericRecordsIntoTheirOwnSchema() {
        JsonNode ok = op("/datasets", "get").path("responses").path("200");
        assertEquals("#/components/schemas/PageOfDatasetDto",
                ok.path("content").path("application/json").path("schema").path("$ref").asText());
        JsonNode page = schema("PageOfDatasetDto").path("properties");
        assertEquals("#/components/schemas/DatasetDto", page.path("items").path("items").path("$ref").asText());
        assertEquals("string", page.path("next").path("type").asText());
    }

    @Test
    void mapsMapResponsesToAdditionalProperties() {
        JsonNode schema = op("/datasets/{id}/owners", "get").path("responses").path("200").path("content")
                .path("application/json").path("schema");
        assertEquals("object", schema.path("type").asText());
        assertEquals("#/components/schemas/Owner", schema.path("additionalProperties").path("$ref").asText());
    }

    @Test
    void endsCyclesInReferences() {
        JsonNode tree = schema("TreeNode").path("properties");
        assertEquals("#/components/schemas/TreeNode", tree.path("parent").path("$ref").asText());
        assertEquals("#/components/schemas/TreeNode", tree.path("children").path("items").path("$ref").asText());
        assertEquals("#/components/schemas/Leaf", tree.path("leaf").path("$ref").asText());
        assertEquals("#/components/schemas/TreeNode", schema("Leaf").path("properties").path("owner").path("$ref").asText());
    }

    @Test
    void answersNoContentForVoid() {
        JsonNode responses = op("/datasets/{id}", "delete").path("responses");
        assertTrue(responses.has("204"));
        assertFalse(responses.has("200"));
        assertFalse(responses.path("204").has("content"));
    }

    @Test
    void leavesResponseSchemaUnspecifiedPerProducedType() {
        JsonNode content = op("/datasets/{id}/raw", "get").path("responses").path("200").path("content");
        assertEquals(List.of("text/csv", "application/octet-stream"), iterableNames(content));
        assertEquals(0, content.path("text/csv").path("schema").size());
    }

    @Test
    void describesStreamsAsBinaryAndUnwrapsCompletionStage() {
        JsonNode export = op("/datasets/{id}/export", "get").path("responses").path("200").path("content")
                .path("application/octet-stream").path("schema");
        assertEquals("binary", export.path("format").asText());
        JsonNode replace = op("/datasets/{id}", "put").path("responses").path("200").path("content")
                .path("application/json").path("schema");
        assertEquals("#/components/schemas/DatasetDto", replace.path("$ref").asText());
    }

    @Test
    void securesOperationsAndNamesTheirPermission() {
        JsonNode get = op("/datasets/{id}", "get");
        assertEquals("dataset.view", get.path("x-custodian-permission").asText(), "class-level permission");
        assertEquals("dataset.edit", op("/datasets", "post").path("x-custodian-permission").asText(),
                "method overrides class");
        assertEquals(2, get.path("security").size());
        assertTrue(get.path("security").path(0).has("basicAuth"));
        assertTrue(get.path("security").path(1).has("bearerAuth"));
        assertEquals(List.of("200", "400", "401", "403", "404", "500"), iterableNames(get.path("responses")));
        assertEquals("#/components/responses/Unauthorized", get.path("responses").path("401").path("$ref").asText());
    }

    @Test
    void opensPublicEndpointsWithoutAuthErrors() {
        JsonNode health = op("/health", "get");
        assertTrue(health.path("security").isArray());
        assertEquals(0, health.path("security").size());
        assertFalse(health.has("x-custodian-permission"));
        assertEquals("load balancers probe it without credentials", health.path("x-custodian-public").asText());
        assertEquals(List.of("200", "400", "404", "500"), iterableNames(health.path("responses")));
        assertEquals("system.view", op("/health/details", "get").path("x-custodian-permission").asText());
    }

    @Test
    void appliesClassLevelPublicUnlessMethodRequiresPermission() {
        JsonNode login = op("/login", "post");
        assertEquals(0, login.path("security").size());
        assertEquals("string", login.path("requestBody").path("content").path("application/json").path("schema")
                .path("type").asText());
        JsonNode sessions = op("/login/sessions", "get");
        assertEquals("security.view", sessions.path("x-custodian-permission").asText());
        assertEquals(2, sessions.path("security").size());
    }

    @Test
    void flagsOperationsWithoutDeclaredAccess() {
        JsonNode undeclared = op("/health/undeclared", "get");
        assertFalse(undeclared.has("x-custodian-permission"));
        assertEquals(2, undeclared.path("security").size());
        assertTrue(undeclared.path("description").asText().contains("403"));
    }

    @Test
    void inheritsAnnotationsFromInterface() {
        JsonNode get = op("/tags/{key}", "get");
        assertEquals("tag.view", get.path("x-custodian-permission").asText());
        assertEquals("tagGet", get.path("operationId").asText());
        assertEquals("string", param(get, "key").path("schema").path("type").asText());
    }

    @Test
    void derivesUniqueOperationIds() {
        Set<String> ids = new HashSet<>();
        List<String> all = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(operation -> all.add(operation.path("operationId").asText())));
        all.forEach(id -> assertTrue(ids.add(id), "duplicate operationId " + id));
        assertEquals("datasetList", op("/datasets", "get").path("operationId").asText());
        assertEquals("openApiDocument", op("/openapi.json", "get").path("operationId").asText());
        // Overloads and same-named classes: a numeric suffix in a stable order.
        List<String> things = List.of(op("/a/things", "get").path("operationId").asText(),
                op("/a/things/search", "get").path("operationId").asText());
        assertEquals(List.of("thingList", "thingList2"), things);
        assertTrue(op("/b/things", "get").path("operationId").asText().startsWith("thing"));
    }

    @Test
    void keepsOneOperationForDuplicatePathAndMethod() {
        assertEquals(1, doc.path("paths").path("/b/things").size());
    }

    @Test
    void qualifiesSchemaNamesThatClash() {
        String a = op("/a/things", "get").path("responses").path("200").path("content").path("application/json")
                .path("schema").path("items").path("$ref").asText();
        String b = op("/b/things", "get").path("responses").path("200").path("content").path("application/json")
                .path("schema").path("items").path("$ref").asText();
        assertNotEquals(a, b);
        assertEquals("#/components/schemas/Thing", a);
        assertEquals("integer", schema(b.substring(b.lastIndexOf('/') + 1)).path("properties").path("number")
                .path("type").asText());
    }

    @Test
    void tagsByFirstPathSegment() {
        assertEquals(List.of("datasets"), texts(op("/datasets/{id}/owners", "get").path("tags")));
        assertEquals(List.of("health"), texts(op("/health/details", "get").path("tags")));
        List<String> tags = new ArrayList<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertEquals(List.of("a", "b", "datasets", "docs", "health", "login", "openapi.json", "tags"), tags);
    }

    @Test
    void sharesProblemSchemaAndErrorResponses() {
        JsonNode problem = schema("Problem");
        assertEquals(List.of("type", "title", "status", "detail", "instance", "code", "correlationId"),
                iterableNames(problem.path("properties")));
        JsonNode responses = doc.path("components").path("responses");
        for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "InternalServerError")) {
            assertEquals("#/components/schemas/Problem", responses.path(name).path("content")
                    .path("application/problem+json").path("schema").path("$ref").asText(), name);
        }
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals("basic", schemes.path("basicAuth").path("scheme").asText());
        assertEquals("bearer", schemes.path("bearerAuth").path("scheme").asText());
    }

    @Test
    void describesItsOwnEndpoints() {
        JsonNode document = op("/openapi.json", "get");
        assertEquals("system.view", document.path("x-custodian-permission").asText());
        assertFalse(document.has("parameters"), "@Context Request is not a parameter");
        assertTrue(document.path("responses").path("200").path("content").has("application/json"));
        JsonNode page = op("/docs", "get");
        assertEquals(0, page.path("security").size());
        assertTrue(page.path("responses").path("200").path("content").has("text/html"));
        assertEquals("path", param(op("/docs/{file}", "get"), "file").path("in").asText());
    }

    @Test
    void isDeterministic() {
        String first = new OpenApiGenerator("1").generateJson(SAMPLES);
        List<Class<?>> reversed = new ArrayList<>(SAMPLES);
        java.util.Collections.reverse(reversed);
        assertEquals(first, new OpenApiGenerator("1").generateJson(reversed));
    }

    @Test
    void skipsClassesWithoutPath() {
        ObjectNode empty = new OpenApiGenerator("1").generate(List.of(String.class, io.custodian.platform.openapi
                .internal.sample.Tag.class));
        assertEquals(0, empty.path("paths").size());
        assertEquals(List.of("Problem"), iterableNames(empty.path("components").path("schemas")));
    }
}
