package io.custodian.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSourceTest {

    @TempDir
    Path folder;

    @Test
    void theComponentKeepsTryingOnItsOwnThreadUntilTheConnectorRuns() throws Exception {
        AtomicBoolean running = new AtomicBoolean(false);
        AtomicInteger asked = new AtomicInteger();
        CountDownLatch askedThrice = new CountDownLatch(3);
        FakeDataSources sources = new FakeDataSources(running::get);
        DemoRegistration registration = new DemoRegistration(sources, () -> {
            asked.incrementAndGet();
            askedThrice.countDown();
            return running.get();
        }, folder, new ShopSize(5, 2, 5), Clock.systemUTC(), Duration.ofMinutes(5));

        DemoSource component = new DemoSource(registration, Duration.ofMillis(10));
        try {
            assertTrue(askedThrice.await(30, TimeUnit.SECONDS), "asked " + asked.get() + " times");
            assertEquals(0, sources.registrations.size());

            running.set(true);

            assertTrue(sources.registered.await(30, TimeUnit.SECONDS));
            assertEquals(1, sources.registrations.size());
        } finally {
            component.deactivate();
        }
        assertTrue(Files.exists(folder.resolve("registered")));
    }
}
