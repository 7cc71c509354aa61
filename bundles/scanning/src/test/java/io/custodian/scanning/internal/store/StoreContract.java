package io.custodian.scanning.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.testkit.JpaTestDatabase;
import io.custodian.scanning.api.ScanCounts;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.definition.DefinitionSettings;
import io.custodian.scanning.internal.definition.ScanDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The definition and run stores on a real database, with the bundle's migrations and persistence unit. */
abstract class StoreContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private JpaTestDatabase db;
    private DefinitionStore definitions;
    private RunStore runs;

    abstract JpaTestDatabase open() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        definitions = new DefinitionStore(db.emf());
        runs = new RunStore(db.emf());
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    private static DefinitionSettings settings(long sourceId, String cron) {
        return new DefinitionSettings("shop scan", sourceId, List.of("public.*", "sales/**"), List.of("*.tmp_*"),
                ScanLevel.STATISTICS, "gdpr", cron, 4);
    }

    @Test
    void definitionsRoundTripWithTheirPatterns() {
        ScanDefinition created = definitions.create(settings(7, "0 0 2 * * ?"), "steward", T0);
        ScanDefinition plain = definitions.create(new DefinitionSettings("other", 8, List.of(), List.of(), ScanLevel.METADATA,
                null, null, 1), "steward", T0);

        ScanDefinition found = definitions.find(created.id()).orElseThrow();
        assertEquals(List.of("public.*", "sales/**"), found.include());
        assertEquals(List.of("*.tmp_*"), found.exclude());
        assertEquals(ScanLevel.STATISTICS, found.level());
        assertEquals("gdpr", found.ruleSet());
        assertEquals(4, found.concurrency());
        assertEquals(T0, found.createdAt());
        assertEquals(List.of(), definitions.find(plain.id()).orElseThrow().include());
        assertEquals(List.of(created.id()), definitions.scheduled().stream().map(ScanDefinition::id).toList());
        assertEquals(2, definitions.list().size());
    }

    @Test
    void definitionsChangeAndGo() {
        ScanDefinition created = definitions.create(settings(7, null), "steward", T0);

        ScanDefinition updated = definitions.update(created.id(), settings(9, "0 0/5 * * * ?"), T0.plusSeconds(60)).orElseThrow();

        assertEquals(9, updated.sourceId());
        assertEquals(T0.plusSeconds(60), updated.updatedAt());
        assertEquals(1, definitions.scheduled().size());
        assertTrue(definitions.delete(created.id()));
        assertFalse(definitions.delete(created.id()));
        assertTrue(definitions.find(created.id()).isEmpty());
        assertTrue(definitions.update(created.id(), settings(9, null), T0).isEmpty());
    }

    @Test
    void aRunKeepsItsFiguresAndHowItEnded() {
        runs.insert("r1", 1, 7, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-a", T0, null);
        runs.markRunning("r1", T0.plusSeconds(1));
        runs.report("r1", new RunFigures(new ScanCounts(1, 2, 3, 4, 5, 6, 7, 8), 90, 100, 42, "db.s.t"));

        assertEquals(ScanStatus.RUNNING, runs.find("r1").orElseThrow().status());
        assertEquals(42, runs.find("r1").orElseThrow().percent());
        ScanRun done = runs.finish("r1", ScanStatus.PARTIAL, "1 object failed",
                new RunFigures(new ScanCounts(2, 20, 10, 1, 9, 1, 0, 1), 900, 1000, 100, null), T0.plusSeconds(2)).orElseThrow();

        assertEquals(done, runs.find("r1").orElseThrow());
        assertEquals(new ScanCounts(2, 20, 10, 1, 9, 1, 0, 1), done.counts());
        assertEquals(900, done.sourceMillis());
        assertEquals(1000, done.totalMillis());
        assertEquals(T0.plusSeconds(1), done.startedAt());
        assertEquals(T0.plusSeconds(2), done.finishedAt());
        assertEquals("1 object failed", done.message());
        assertNull(done.currentObject());
        assertEquals("ada", done.requestedBy());
        assertEquals(ScanTrigger.MANUAL, done.trigger());
    }

    @Test
    void activeRunsAreFoundBySourceAndDefinition() {
        runs.insert("r1", 1, 7, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-a", T0, null);
        runs.insert("r2", 2, 8, ScanStatus.SKIPPED, ScanTrigger.SCHEDULE, "system", "node-a", T0, "busy");

        assertEquals("r1", runs.activeRunOfSource(7).orElseThrow());
        assertEquals("r1", runs.activeRunOfDefinition(1).orElseThrow());
        assertTrue(runs.activeRunOfSource(8).isEmpty(), "a skipped run is over");
        assertEquals(T0, runs.find("r2").orElseThrow().finishedAt());
    }

    @Test
    void runsLostByANodeAreMarkedFailedAndOnlyThose() {
        runs.insert("queued", 1, 7, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-a", T0, null);
        runs.insert("running", 1, 7, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-a", T0, null);
        runs.markRunning("running", T0);
        runs.insert("elsewhere", 2, 8, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-b", T0, null);
        runs.insert("done", 1, 7, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-a", T0, null);
        runs.finish("done", ScanStatus.COMPLETED, null, new RunFigures(ScanCounts.NONE, 0, 0, 100, null), T0);

        assertEquals(2, runs.failInterrupted("node-a", T0.plusSeconds(9), "interrupted"));

        assertEquals(ScanStatus.FAILED, runs.find("queued").orElseThrow().status());
        assertEquals("interrupted", runs.find("running").orElseThrow().message());
        assertEquals(T0.plusSeconds(9), runs.find("running").orElseThrow().finishedAt());
        assertEquals(ScanStatus.QUEUED, runs.find("elsewhere").orElseThrow().status());
        assertEquals(ScanStatus.COMPLETED, runs.find("done").orElseThrow().status());
    }

    @Test
    void theHistoryPagesNewestFirstWithFilters() {
        for (int i = 0; i < 5; i++) {
            runs.insert("run-" + i, i % 2, 7, i == 4 ? ScanStatus.QUEUED : ScanStatus.SKIPPED, ScanTrigger.SCHEDULE, "system",
                    "node-a", T0.plusSeconds(i), null);
        }
        runs.insert("same-time", 1, 8, ScanStatus.SKIPPED, ScanTrigger.SCHEDULE, "system", "node-a", T0.plusSeconds(4), null);

        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RunPage page = runs.page(new RunQuery(null, null, null, cursor, 2));
            page.items().forEach(run -> ids.add(run.id()));
            cursor = page.next();
        } while (cursor != null);

        assertEquals(List.of("same-time", "run-4", "run-3", "run-2", "run-1", "run-0"), ids);
        assertEquals(List.of("run-3", "run-1"), runs.page(new RunQuery(1L, 7L, null, null, 10)).items().stream().map(ScanRun::id).toList());
        assertEquals(List.of("run-4"), runs.page(new RunQuery(null, null, ScanStatus.QUEUED, null, 10)).items().stream()
                .map(ScanRun::id).toList());
        assertThrows(IllegalArgumentException.class, () -> runs.page(new RunQuery(null, null, null, "garbage", 10)));
    }

    @Test
    void errorsAreKeptInOrder() {
        runs.insert("r1", 1, 7, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", "node-a", T0, null);
        runs.saveError("r1", "db.s.a", "connector.permission_missing", "may not be read", T0);
        runs.saveError("r1", "db.s.b", "catalog.write_failed", "x".repeat(5000), T0.plusSeconds(1));

        List<RunError> errors = runs.errors("r1");

        assertEquals(List.of("db.s.a", "db.s.b"), errors.stream().map(RunError::objectName).toList());
        assertEquals("connector.permission_missing", errors.get(0).code());
        assertEquals(2000, errors.get(1).message().length(), "long messages are clipped to the column");
        assertTrue(runs.errors("other").isEmpty());
    }
}
