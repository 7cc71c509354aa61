package io.custodian.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.events.api.DomainEvent;
import io.custodian.platform.events.api.EventBusStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventBusRuntimeTest {

    private final SubscriberRegistry registry = new SubscriberRegistry();
    private final EventCounters counters = new EventCounters();
    private EventBusRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private void start(EventBusSettings settings) throws Exception {
        runtime = EventBusRuntime.start(settings, registry, counters, getClass().getClassLoader());
    }

    private static DomainEvent event(String type, int seq) {
        return DomainEvent.of(type, "/custodian/test", "thing/" + seq, "tester", Map.of("seq", seq));
    }

    private EventBusStats stats() {
        return counters.snapshot(registry.size());
    }

    private void awaitSettled(long delivered, long failed) {
        Await.until(() -> stats().delivered() == delivered && stats().failed() == failed && stats().pending() == 0,
                () -> "stats " + stats());
    }

    @Test
    void deliversToSubscribersWhosePatternMatches() throws Exception {
        start(EventBusSettings.DEFAULTS);
        Recorder kernel = new Recorder();
        Recorder exact = new Recorder();
        Recorder all = new Recorder();
        Recorder list = new Recorder();
        registry.subscribe("kernel", TypePattern.parse("io.custodian.kernel.*"), kernel);
        registry.subscribe("exact", TypePattern.parse("io.custodian.catalog.created"), exact);
        registry.subscribe("all", TypePattern.parse("*"), all);
        registry.subscribe("list", TypePattern.parse("io.custodian.catalog.created, io.custodian.kernel.stopped"), list);

        runtime.publish(event("io.custodian.kernel.started", 1));
        runtime.publish(event("io.custodian.catalog.created", 2));
        runtime.publish(event("io.custodian.kernel.stopped", 3));
        runtime.publish(event("io.other.thing", 4));

        all.awaitCount(4);
        awaitSettled(4 + 2 + 1 + 2, 0);
        assertEquals(List.of("io.custodian.kernel.started", "io.custodian.kernel.stopped"), kernel.types());
        assertEquals(List.of("io.custodian.catalog.created"), exact.types());
        assertEquals(List.of("io.custodian.catalog.created", "io.custodian.kernel.stopped"), list.types());
        assertEquals(4, all.events.size());
    }

    @Test
    void deliversTheSameEventInstanceAsynchronously() throws Exception {
        start(EventBusSettings.DEFAULTS);
        CountDownLatch release = new CountDownLatch(1);
        Recorder recorder = new Recorder();
        registry.subscribe("slow", TypePattern.parse("*"), e -> {
            awaitQuietly(release);
            recorder.accept(e);
        });
        DomainEvent event = event("io.custodian.test", 1);

        runtime.publish(event); // returns although the listener is still blocked

        assertTrue(recorder.events.isEmpty());
        release.countDown();
        recorder.awaitCount(1);
        assertEquals(event, recorder.events.get(0));
    }

    @Test
    void failingListenerDoesNotAffectOthers() throws Exception {
        start(EventBusSettings.DEFAULTS);
        Recorder healthy = new Recorder();
        registry.subscribe("broken", TypePattern.parse("*"), e -> {
            throw new IllegalStateException("boom");
        });
        registry.subscribe("healthy", TypePattern.parse("*"), healthy);

        for (int i = 0; i < 10; i++) {
            runtime.publish(event("io.custodian.test", i));
        }

        healthy.awaitCount(10);
        awaitSettled(10, 10);
        assertEquals(10, stats().published());
    }

    @Test
    void everyListenerSeesEventsInPublicationOrder() throws Exception {
        start(new EventBusSettings(10_000, 3, Duration.ofSeconds(1)));
        List<Recorder> recorders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            registry.subscribe("r" + i, TypePattern.parse("*"), recorder);
        }
        int count = 2_000;

        for (int i = 0; i < count; i++) {
            runtime.publish(event("io.custodian.test", i));
        }

        for (Recorder recorder : recorders) {
            recorder.awaitCount(count);
            List<Object> sequence = recorder.events.stream().map(e -> e.data().get("seq")).toList();
            assertEquals(IntStream.range(0, count).boxed().toList(), sequence);
        }
    }

    @Test
    void countsPublishedDeliveredPendingAndListeners() throws Exception {
        start(EventBusSettings.DEFAULTS);
        CountDownLatch release = new CountDownLatch(1);
        registry.subscribe("blocked", TypePattern.parse("io.custodian.a"), e -> awaitQuietly(release));
        registry.subscribe("other", TypePattern.parse("io.custodian.b"), e -> { });

        runtime.publish(event("io.custodian.a", 1));
        runtime.publish(event("io.custodian.b", 2));
        runtime.publish(event("io.custodian.none", 3));

        Await.until(() -> stats().delivered() == 1 && stats().pending() == 1, () -> "stats " + stats());
        assertEquals(new EventBusStats(3, 1, 0, 1, 2, 0), stats());
        release.countDown();
        awaitSettled(2, 0);
        assertEquals(new EventBusStats(3, 2, 0, 0, 2, 0), stats());
    }

    @Test
    void unsubscribedListenerReceivesNothingMore() throws Exception {
        start(EventBusSettings.DEFAULTS);
        Recorder leaving = new Recorder();
        Recorder staying = new Recorder();
        SubscriberRegistry.Handle handle = registry.subscribe("leaving", TypePattern.parse("*"), leaving);
        registry.subscribe("staying", TypePattern.parse("*"), staying);
        runtime.publish(event("io.custodian.test", 1));
        leaving.awaitCount(1);

        handle.close();
        runtime.publish(event("io.custodian.test", 2));

        staying.awaitCount(2);
        awaitSettled(3, 0);
        assertEquals(1, leaving.events.size());
        assertEquals(1, stats().listeners());
    }

    @Test
    void fullQueueDropsAfterTheTimeoutInsteadOfBlocking() throws Exception {
        start(new EventBusSettings(2, 1, Duration.ofMillis(50)));
        CountDownLatch release = new CountDownLatch(1);
        Recorder recorder = new Recorder();
        registry.subscribe("stuck", TypePattern.parse("*"), e -> {
            awaitQuietly(release);
            recorder.accept(e);
        });
        int attempts = 20;
        try {
            long started = System.nanoTime();
            for (int i = 0; i < attempts; i++) {
                runtime.publish(event("io.custodian.test", i));
            }
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            // At most the lane's and the publish queue's capacity (plus one in hand each) is accepted.
            EventBusStats stats = stats();
            assertTrue(stats.dropped() >= attempts - 8, () -> "stats " + stats);
            assertEquals(attempts, stats.published() + stats.dropped());
            assertTrue(elapsedMillis < 20 * 50 + 2_000, () -> "publishing took " + elapsedMillis + " ms");
        } finally {
            release.countDown();
        }
        long accepted = stats().published();
        awaitSettled(accepted, 0);
        assertEquals(accepted, recorder.events.size());
    }

    @Test
    void publishWorksAsSoonAsStarted() throws Exception {
        Recorder recorder = new Recorder();
        registry.subscribe("early", TypePattern.parse("*"), recorder);
        start(EventBusSettings.DEFAULTS);
        assertTrue(runtime.isRunning());

        runtime.publish(event("io.custodian.kernel.started", 1));

        recorder.awaitCount(1);
    }

    @Test
    void stoppedRuntimeDropsEvents() throws Exception {
        start(EventBusSettings.DEFAULTS);
        runtime.close();
        assertFalse(runtime.isRunning());

        runtime.publish(event("io.custodian.test", 1));

        assertEquals(1, stats().dropped());
        assertEquals(0, stats().pending());
        runtime = null;
    }

    @Test
    void contextIsNamedAndResolvesClassesThroughTheRemovableResolver() throws Exception {
        start(EventBusSettings.DEFAULTS);
        assertEquals("custodian", runtime.camelContext().getName());
        assertTrue(runtime.camelContext().getClassResolver() instanceof RemovableClassResolver);
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
