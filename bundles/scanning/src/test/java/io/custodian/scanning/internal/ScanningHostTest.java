package io.custodian.scanning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.events.api.DomainEvent;
import io.custodian.plugins.h2.H2Connector;
import io.custodian.scanning.api.ScanEvents;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.definition.DefinitionBody;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.run.ScanRunner;
import io.custodian.scanning.internal.store.RunQuery;
import io.custodian.scanning.internal.store.RunStore;
import io.custodian.scanning.internal.testing.GeneratedConnector;
import io.custodian.scanning.internal.testing.H2Databases;
import io.custodian.scanning.internal.testing.PermissionList;
import io.custodian.scanning.internal.testing.Problems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definitions and runs end to end: real H2 kernel database, real H2 connector on a real source database. */
class ScanningHostTest {

    @TempDir
    Path folder;

    private HostKit kit;

    @AfterEach
    void tearDown() throws Exception {
        if (kit != null) {
            kit.close();
        }
    }

    private DataSource shop() throws Exception {
        String url = H2Databases.url(folder, "shop");
        H2Databases.createShop(url);
        return kit.sources.add("shop", new H2Connector(), H2Databases.settings(url), H2Databases.secrets());
    }

    private static DefinitionBody onlySource(long sourceId) {
        return new DefinitionBody(null, sourceId, null, null, null, null, null, null);
    }

    @Test
    void aDefinitionWithOnlyASourceGetsDefaultsAndARunFillsTheCatalog() throws Exception {
        kit = new HostKit("ada datasource.scan:1");
        DataSource shop = shop();
        HostKit.actAs("ada");

        ScanDefinition definition = kit.host().definitions().create(onlySource(shop.id()));
        ScanRun queued = kit.host().runs().start(definition.id(), ScanTrigger.MANUAL);
        ScanRun done = kit.awaitEnd(queued.id());

        assertEquals("shop scan", definition.name());
        assertEquals("STATISTICS", definition.level().name());
        assertEquals(2, definition.concurrency());
        assertEquals("ada", definition.createdBy());
        assertEquals(ScanStatus.COMPLETED, done.status(), done.message());
        assertEquals(4, done.counts().assetsSeen());
        assertEquals(100, done.percent());
        assertEquals("ada", done.requestedBy());
        assertEquals(HostKit.NODE, done.nodeId());
        assertNotNull(done.finishedAt());
        assertTrue(done.sourceMillis() > 0 && done.sourceMillis() <= done.totalMillis(),
                "source time is wall time inside the source, even with workers: " + done);
        assertEquals(4, kit.catalog.names(n -> n.type.holdsColumns()).size());
        PermissionList.Question question = kit.access.questions().get(0);
        assertEquals("datasource.scan:1", question.permission());
        assertEquals("steward", question.resource().attributes().get("owner"));
        assertEquals(List.of(ScanEvents.STARTED, ScanEvents.COMPLETED),
                kit.bus.types().stream().filter(t -> !t.equals(ScanEvents.PROGRESS)).toList());
        DomainEvent completed = kit.bus.events().get(kit.bus.events().size() - 1);
        assertEquals(queued.id(), completed.data().get(ScanEvents.RUN_ID));
        assertEquals(4L, ((Map<?, ?>) completed.data().get(ScanEvents.COUNTS)).get("assetsSeen"));
        AuditEvent started = kit.audit.last("scan.run_started");
        assertEquals("ada", started.actor());
        assertEquals("10.0.0.1", started.origin().clientIp());
        assertEquals("COMPLETED", kit.audit.last("scan.run_finished").details().get("status"));
        assertEquals(List.of(done), kit.host().latest(shop.id(), 10));
    }

    @Test
    void aCallerWhoMayNotScanTheSourceIsRefusedAndAudited() throws Exception {
        kit = new HostKit();
        DataSource shop = shop();
        HostKit.actAs("eve");
        ScanDefinition definition = kit.host().definitions().create(onlySource(shop.id()));

        Problems.expect("scan.not_allowed", 403, () -> kit.host().runs().start(definition.id(), ScanTrigger.MANUAL));

        AuditEvent denied = kit.audit.last("scan.run_denied");
        assertEquals(Outcome.DENIED, denied.outcome());
        assertEquals("eve", denied.actor());
        assertTrue(kit.host().runs().page(new RunQuery(null, null, null, null, 10)).items().isEmpty());
    }

    @Test
    void oneSourceIsScannedByOneRunAtATimeAndACancelledRunRemovesNothing() throws Exception {
        kit = new HostKit("ada datasource.scan:1");
        GeneratedConnector connector = new GeneratedConnector(1_000);
        DataSource source = kit.sources.add("generated", connector, Map.of(), Map.of());
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        connector.onProduced(produced -> {
            if (produced == 10) {
                reading.countDown();
                await(release);
            }
        });
        HostKit.actAs("ada");
        ScanDefinition definition = kit.host().definitions().create(onlySource(source.id()));
        ScanRun first = kit.host().runs().start(definition.id(), ScanTrigger.MANUAL);
        assertTrue(reading.await(30, TimeUnit.SECONDS));

        Problems.expect("scan.source_busy", 409, () -> kit.host().runs().start(definition.id(), ScanTrigger.MANUAL));
        ScanRun skipped = kit.host().runs().startScheduled(definition.id()).orElseThrow();
        Problems.expect("scan.definition_in_use", 409, () -> kit.host().definitions().delete(definition.id()));
        kit.host().reportProgressNow();
        ScanRun reported = new RunStore(kit.db.emf()).find(first.id()).orElseThrow();
        ScanRun cancelling = kit.host().runs().cancel(first.id(), true);
        release.countDown();
        ScanRun cancelled = kit.awaitEnd(first.id());

        assertEquals(ScanStatus.SKIPPED, skipped.status());
        assertEquals(ScanTrigger.SCHEDULE, skipped.trigger());
        assertTrue(skipped.message().contains(first.id()));
        assertEquals("system", kit.audit.last("scan.run_skipped").actor());
        assertEquals(ScanStatus.RUNNING, reported.status());
        assertTrue(reported.currentObject().startsWith("generated://test/gen.s.t"), reported.currentObject());
        assertTrue(kit.bus.types().contains(ScanEvents.PROGRESS));
        assertEquals("cancel requested by ada", cancelling.message());
        assertEquals(ScanStatus.CANCELLED, cancelled.status());
        assertEquals("Cancelled by ada; nothing was removed from the catalog.", cancelled.message());
        assertTrue(kit.bus.types().contains(ScanEvents.CANCELLED));
        assertTrue(kit.catalog.names(n -> n.removed).isEmpty());
        Problems.expect("scan.run_not_active", 409, () -> kit.host().runs().cancel(first.id(), true));

        connector.onProduced(produced -> { });
        ScanRun again = kit.awaitEnd(kit.host().runs().start(definition.id(), ScanTrigger.MANUAL).id());
        assertEquals(ScanStatus.COMPLETED, again.status());
        assertEquals(1_000, again.counts().assetsSeen());
    }

    @Test
    void runsTheServerLostAreMarkedFailedWhenTheHostStarts() throws Exception {
        kit = new HostKit();
        RunStore runs = new RunStore(kit.db.emf());
        runs.insert("lost", 1, 1, ScanStatus.QUEUED, ScanTrigger.MANUAL, "ada", HostKit.NODE, Instant.now(), null);
        runs.markRunning("lost", Instant.now());

        kit.host();

        ScanRun lost = kit.host().runs().get("lost");
        assertEquals(ScanStatus.FAILED, lost.status());
        assertEquals(ScanRunner.INTERRUPTED, lost.message());
        assertEquals("1", kit.audit.last("scan.runs_interrupted").details().get("runs"));
    }

    @Test
    void aRunWhoseSourceCannotBeOpenedFailsWithTheReason() throws Exception {
        kit = new HostKit("ada datasource.scan:1");
        DataSource shop = shop();
        kit.sources.reconfigure(shop.id(), H2Databases.settings(H2Databases.url(folder, "missing")), H2Databases.secrets());
        HostKit.actAs("ada");
        ScanDefinition definition = kit.host().definitions().create(onlySource(shop.id()));

        ScanRun failed = kit.awaitEnd(kit.host().runs().start(definition.id(), ScanTrigger.MANUAL).id());

        assertEquals(ScanStatus.FAILED, failed.status());
        assertTrue(failed.message().startsWith("The source could not be opened (connector.database_missing): "), failed.message());
        assertTrue(kit.bus.types().contains(ScanEvents.FAILED));
    }

    @Test
    void objectErrorsAreStoredWithTheRun() throws Exception {
        kit = new HostKit("ada datasource.scan:1");
        DataSource shop = shop();
        kit.catalog.failWritesOf(name -> name.endsWith(".PRODUCTS"));
        HostKit.actAs("ada");
        ScanDefinition definition = kit.host().definitions().create(onlySource(shop.id()));

        ScanRun partial = kit.awaitEnd(kit.host().runs().start(definition.id(), ScanTrigger.MANUAL).id());

        assertEquals(ScanStatus.PARTIAL, partial.status());
        assertEquals(1, kit.host().runs().errors(partial.id()).size());
        assertEquals("catalog.write_failed", kit.host().runs().errors(partial.id()).get(0).code());
        Problems.expect("scan.run_not_found", 404, () -> kit.host().runs().errors("nope"));
    }

    @Test
    void aShellRunNeedsNoDataSourcePermission() throws Exception {
        kit = new HostKit();
        DataSource shop = shop();
        HostKit.actAs("karaf");
        ScanDefinition definition = kit.host().definitions().create(onlySource(shop.id()));

        ScanRun run = kit.awaitEnd(kit.host().runs().start(definition.id(), ScanTrigger.SHELL).id());

        assertEquals(ScanStatus.COMPLETED, run.status());
        assertEquals(ScanTrigger.SHELL, run.trigger());
        assertFalse(kit.access.questions().iterator().hasNext());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
