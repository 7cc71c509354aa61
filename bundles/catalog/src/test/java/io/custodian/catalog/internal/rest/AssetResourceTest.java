package io.custodian.catalog.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.CatalogService;
import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.catalog.internal.Drafts;
import io.custodian.catalog.internal.TestCatalogs;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.testkit.JpaTestDatabase;
import io.custodian.platform.testkit.MutableClock;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource called directly, over the real catalog on H2; JSON as the REST runtime writes it. */
class AssetResourceTest {

    private static final ObjectMapper RUNTIME_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JpaTestDatabase db;
    private MutableClock clock;
    private CatalogUpdates updates;
    private AssetResource resource;
    private AssetDraft schema;
    private AssetDraft orders;

    @BeforeEach
    void storeAShop() throws SQLException {
        db = JpaTestDatabase.h2(TestCatalogs.UNIT, TestCatalogs.MIGRATIONS);
        clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        var catalog = TestCatalogs.catalog(db.emf(), clock, new RecordingAuditService());
        updates = catalog;
        resource = new AssetResource(catalog);
        updates.upsert("run-1", Drafts.source("1"));
        updates.upsert("run-1", Drafts.database("1", "shop"));
        schema = Drafts.schema("1", "shop", "public");
        updates.upsert("run-1", schema);
        orders = Drafts.table(schema, "orders", Map.of("comment", "Orders", "primaryKey", List.of("id")), "tok");
        updates.upsertWithColumns("run-1", orders, Drafts.columns(orders, 3));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void anAssetHasTheDocumentedJsonShape() throws Exception {
        long id = idOf(orders.qualifiedName());

        JsonNode json = RUNTIME_JSON.valueToTree(resource.get(Long.toString(id)));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "sourceId", "qualifiedName", "parentId", "type", "name", "technical", "profile",
                "changeToken", "firstSeenRun", "lastSeenRun", "firstSeenAt", "lastSeenAt", "removedAt", "updatedAt"),
                fields);
        assertEquals(id, json.get("id").asLong());
        assertEquals("1", json.get("sourceId").asText());
        assertEquals("TABLE", json.get("type").asText());
        assertEquals("Orders", json.get("technical").get("comment").asText());
        assertEquals("id", json.get("technical").get("primaryKey").get(0).asText());
        assertTrue(json.get("profile").isObject());
        assertEquals("2026-03-01T10:00:00Z", json.get("firstSeenAt").asText());
        assertTrue(json.get("removedAt").isNull());
    }

    @Test
    void searchPagesWithANextCursorAndFilters() throws Exception {
        AssetListView first = resource.search("1", "column", null, null, null, null, "2");
        assertEquals(List.of("c0", "c1"), first.items().stream().map(Asset::name).toList());
        assertNotNull(first.next());
        AssetListView second = resource.search("1", "COLUMN", null, null, "false", first.next(), "2");
        assertEquals(List.of("c2"), second.items().stream().map(Asset::name).toList());
        assertNull(second.next());

        JsonNode json = RUNTIME_JSON.valueToTree(first);
        assertEquals(2, json.get("items").size());
        assertEquals(first.next(), json.get("next").asText());

        assertEquals(List.of("orders"), resource.search(null, null, Long.toString(idOf(schema.qualifiedName())),
                "ORD", null, null, null).items().stream().map(Asset::name).toList());
        assertEquals(7, resource.search(null, null, null, null, null, null, null).items().size());
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        assertInvalid("limit", () -> resource.search(null, null, null, null, null, null, "0"));
        assertInvalid("limit", () -> resource.search(null, null, null, null, null, null, "501"));
        assertInvalid("limit", () -> resource.search(null, null, null, null, null, null, "ten"));
        assertInvalid("type", () -> resource.search(null, "table-ish", null, null, null, null, null));
        assertInvalid("parentId", () -> resource.search(null, null, "x", null, null, null, null));
        assertInvalid("includeRemoved", () -> resource.search(null, null, null, null, "yes", null, null));
        assertInvalid("after", () -> resource.search(null, null, null, null, null, "not-a-cursor", null));
        assertInvalid("q", () -> resource.search(null, null, null, "q".repeat(2001), null, null, null));
        assertInvalid("id", () -> resource.get("abc"));
        assertInvalid("id", () -> resource.get("-3"));
        assertInvalid("id", () -> resource.history("1.5"));
        assertInvalid("qualifiedName", () -> resource.byName(" ", null));
    }

    @Test
    void unknownAssetsAreA404() {
        assertProblem("catalog.asset_not_found", 404, () -> resource.get("999999"));
        assertProblem("catalog.asset_not_found", 404, () -> resource.history("999999"));
        assertProblem("catalog.asset_not_found", 404, () -> resource.children("999999", null, null, null, null));
        assertProblem("catalog.asset_not_found", 404, () -> resource.byName("nothing://here", null));
        assertProblem("catalog.asset_not_found", 404, () -> resource.byName(orders.qualifiedName(), "2"));
    }

    @Test
    void aQualifiedNameHeldBySeveralSourcesNeedsASourceId() {
        for (String src : List.of("2", "3")) {
            updates.upsert("run-1", Drafts.source(src));
            updates.upsert("run-1", new AssetDraft(src, "shared://db", Drafts.ns(src), AssetType.DATABASE, "db",
                    null, null));
        }

        CustodianException ambiguous = assertProblem("catalog.ambiguous_name", 409,
                () -> resource.byName("shared://db", null));
        assertEquals(List.of("2", "3"), ambiguous.extensions().get("sourceIds"));
        assertEquals("3", resource.byName("shared://db", "3").sourceId());

        // Once source 2 no longer has it, the name is unambiguous again.
        updates.upsert("run-2", Drafts.source("2"));
        updates.tombstoneUnseen("run-2", "2", Drafts.ns("2"));
        assertEquals("3", resource.byName("shared://db", null).sourceId());
        assertEquals(orders.qualifiedName(), resource.byName(orders.qualifiedName(), null).qualifiedName());
    }

    @Test
    void historyListsTheTableAndItsColumnsOldestFirst() throws Exception {
        clock.advance(Duration.ofHours(1));
        updates.upsertWithColumns("run-2", orders, Drafts.columns(orders, 2));

        HistoryView history = resource.history(Long.toString(idOf(orders.qualifiedName())));

        assertEquals(idOf(orders.qualifiedName()), history.assetId());
        assertEquals(List.of("ADDED", "REMOVED"), history.items().stream().map(c -> c.kind()).toList());
        JsonNode json = RUNTIME_JSON.valueToTree(history);
        JsonNode removed = json.get("items").get(1);
        assertEquals(orders.qualifiedName() + "#c2", removed.get("qualifiedName").asText());
        assertEquals("2026-03-01T11:00:00Z", removed.get("at").asText());
        assertEquals("run-2", removed.get("runId").asText());
        assertTrue(removed.has("field") && removed.has("before") && removed.has("after"));
    }

    @Test
    void childrenArePagedAndFilteredAndTombstonesOptional() {
        updates.upsertWithColumns("run-2", orders, Drafts.columns(orders, 2));
        String id = Long.toString(idOf(orders.qualifiedName()));

        AssetListView page = resource.children(id, null, null, null, "1");
        assertEquals(List.of("c0"), page.items().stream().map(Asset::name).toList());
        assertEquals(List.of("c1"), resource.children(id, null, null, page.next(), "1").items().stream()
                .map(Asset::name).toList());
        assertEquals(2, resource.children(id, "COLUMN", null, null, null).items().size());
        assertEquals(3, resource.children(id, "COLUMN", "true", null, null).items().size());
        assertEquals(0, resource.children(id, "TABLE", null, null, null).items().size());
        assertInvalid("limit", () -> resource.children(id, null, null, null, "-1"));
    }

    @Test
    void everyRouteDeclaresTheViewPermission() {
        int routes = 0;
        for (Method method : AssetResource.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(GET.class)) {
                routes++;
                RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
                assertNotNull(permission, method.getName());
                assertEquals("catalog.view", permission.value(), method.getName());
            }
        }
        assertEquals(5, routes);
        assertFalse(AssetResource.class.isAnnotationPresent(RequiresPermission.class));
    }

    private long idOf(String qualifiedName) {
        CatalogService catalog = (CatalogService) updates;
        return catalog.findByQualifiedName("1", qualifiedName).orElseThrow().id();
    }

    private static void assertInvalid(String parameter, Executable call) {
        CustodianException problem = assertProblem("catalog.invalid_request", 400, call);
        assertEquals(parameter, problem.extensions().get("parameter"));
    }

    private static CustodianException assertProblem(String code, int status, Executable call) {
        CustodianException problem = assertThrows(CustodianException.class, call::run);
        assertEquals(code, problem.errorCode().code());
        assertEquals(status, problem.errorCode().status());
        return problem;
    }

    /** A call that may throw. */
    @FunctionalInterface
    private interface Executable {
        void run() throws Exception;
    }
}
