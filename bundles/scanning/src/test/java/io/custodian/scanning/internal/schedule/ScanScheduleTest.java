package io.custodian.scanning.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.api.ScanTrigger;
import io.custodian.scanning.internal.HostKit;
import io.custodian.scanning.internal.definition.DefinitionBody;
import io.custodian.scanning.internal.definition.ScanDefinition;
import io.custodian.scanning.internal.store.RunQuery;
import io.custodian.scanning.internal.testing.GeneratedConnector;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schedules as Quartz cron routes in a real Camel context, added and removed the way the kernel's bus does. */
class ScanScheduleTest {

    private HostKit kit;
    private CamelContext camel;
    private ScanSchedule schedule;
    private final AtomicInteger registrations = new AtomicInteger();
    private GeneratedConnector connector;
    private DataSource source;

    @BeforeEach
    void start() throws Exception {
        kit = new HostKit();
        connector = new GeneratedConnector(5);
        source = kit.sources.add("generated", connector, Map.of(), Map.of());
        camel = new DefaultCamelContext();
        camel.start();
        schedule = new ScanSchedule(kit.host().definitions(), id -> kit.host().runs().startScheduled(id), this::contribute);
        HostKit.actAs("ada");
    }

    @AfterEach
    void stop() throws Exception {
        schedule.deactivate();
        camel.close();
        kit.close();
    }

    /** What the kernel's bus does with a RoutesBuilder service: add its routes, and remove them with the service. */
    private Runnable contribute(RoutesBuilder builder) {
        registrations.incrementAndGet();
        Set<String> before = routeIds();
        try {
            camel.addRoutes(builder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Set<String> added = routeIds();
        added.removeAll(before);
        return () -> added.forEach(id -> {
            try {
                camel.getRouteController().stopRoute(id);
                camel.removeRoute(id);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Set<String> routeIds() {
        Set<String> ids = new LinkedHashSet<>();
        camel.getRoutes().stream().map(Route::getRouteId).forEach(ids::add);
        return ids;
    }

    private ScanDefinition scheduled(String cron) {
        return kit.host().definitions().create(new DefinitionBody(null, source.id(), null, null, null, null, cron, null));
    }

    @Test
    void aCronScheduleStartsRunsAsTheSystem() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        connector.onProduced(produced -> started.countDown());

        ScanDefinition definition = scheduled("* * * * * ?");

        assertTrue(started.await(30, TimeUnit.SECONDS), "the every-second trigger started a run");
        // The trigger goes on firing: later starts may be recorded as skipped while the first one runs.
        java.util.List<ScanRun> runs = kit.host().runs().page(new RunQuery(definition.id(), null, null, null, 50)).items();
        ScanRun first = runs.stream().filter(r -> r.status() != ScanStatus.SKIPPED).reduce((newer, older) -> older).orElseThrow();
        ScanRun done = kit.awaitEnd(first.id());
        assertEquals(ScanTrigger.SCHEDULE, done.trigger());
        assertEquals("system", done.requestedBy());
        assertEquals(ScanStatus.COMPLETED, done.status());
        assertNotNull(camel.getRoute(ScheduleRoutes.routeId(definition.id())));
    }

    @Test
    void routesFollowTheSchedulesAndOnlyTheirChanges() throws Exception {
        ScanDefinition weekly = scheduled("0 0 12 ? * 2#1");
        ScanDefinition nightly = scheduled("0 0 2 * * ?");
        assertEquals(2, registrations.get());
        assertNotNull(camel.getRoute(ScheduleRoutes.routeId(weekly.id())), "a cron with '#' and '?' is taken as written");
        assertTrue(camel.getRouteController().getRouteStatus(ScheduleRoutes.routeId(weekly.id())).isStarted());

        kit.host().definitions().update(nightly.id(), new DefinitionBody("renamed", null, null, null, null, null, null, null));
        assertEquals(2, registrations.get(), "a change that leaves the schedules alone re-registers nothing");

        kit.host().definitions().update(nightly.id(), new DefinitionBody(null, null, null, null, null, null, "", null));
        assertNull(camel.getRoute(ScheduleRoutes.routeId(nightly.id())));
        assertNotNull(camel.getRoute(ScheduleRoutes.routeId(weekly.id())));

        kit.host().definitions().delete(weekly.id());
        assertTrue(camel.getRoutes().isEmpty());

        scheduled("0 0 3 * * ?");
        schedule.deactivate();
        assertTrue(camel.getRoutes().isEmpty(), "routes leave with the schedule");
    }
}
