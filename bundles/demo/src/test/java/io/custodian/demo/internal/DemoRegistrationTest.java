package io.custodian.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.NewDataSource;
import io.custodian.demo.internal.DemoRegistration.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRegistrationTest {

    private static final ShopSize SMALL = new ShopSize(20, 3, 40);

    @TempDir
    Path folder;

    private final AtomicBoolean connectorRunning = new AtomicBoolean(true);
    private final FakeDataSources sources = new FakeDataSources(connectorRunning::get);
    private final MovingClock clock = new MovingClock();

    private DemoRegistration registration() {
        return new DemoRegistration(sources, connectorRunning::get, folder, SMALL, clock, Duration.ofMinutes(5));
    }

    @Test
    void theFirstStartRegistersTheNewDatabaseWithItsPasswordAndWritesTheMarker() throws SQLException {
        DemoRegistration registration = registration();

        assertFalse(registration.done());
        assertEquals(Step.DONE, registration.attempt());

        assertEquals(1, sources.registrations.size());
        NewDataSource registered = sources.registrations.get(0);
        assertEquals("demo", registered.name());
        assertEquals("h2", registered.type());
        assertEquals("jdbc:h2:file:" + folder.resolve("shop").toAbsolutePath(), registered.settings().get("url"));
        assertEquals("demo", registered.settings().get("user"));
        assertEquals("admin", registered.owner());
        assertEquals(List.of("demo"), registered.tags());
        String password = registered.secrets().get("password");
        assertNotEquals("demo", password);
        assertFalse(password.isBlank());
        assertFalse(registered.toString().contains(password));
        assertTrue(Files.exists(folder.resolve("registered")));
        assertTrue(registration.done());
        // The connector adds IFEXISTS=TRUE: the database must be there, and open with the registered password.
        try (Connection connection = ShopDatabaseTest.connect(new DemoDatabase(registered.settings().get("url"),
                "demo", "unused"), password);
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM customers")) {
            count.next();
            assertEquals(20, count.getInt(1));
        }
    }

    @Test
    void laterStartsDoNothingOnceTheMarkerIsWritten() {
        registration().attempt();

        DemoRegistration nextStart = registration();

        assertTrue(nextStart.done());
        assertEquals(Step.DONE, nextStart.attempt());
        assertEquals(1, sources.registrations.size());
    }

    @Test
    void itWaitsForTheConnectorWithoutRegisteringThenRegistersOnce() throws SQLException {
        connectorRunning.set(false);
        DemoRegistration registration = registration();

        assertEquals(Step.RETRY, registration.attempt());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Step.RETRY, registration.attempt());

        assertEquals(0, sources.registrations.size());
        assertFalse(Files.exists(folder.resolve("registered")));
        assertTrue(Files.exists(folder.resolve("shop.mv.db")), "the database is made while waiting");

        connectorRunning.set(true);
        assertEquals(Step.DONE, registration.attempt());
        assertEquals(Step.DONE, registration.attempt());
        assertEquals(1, sources.registrations.size());
        String password = sources.registrations.get(0).secrets().get("password");
        try (Connection connection = ShopDatabaseTest.connect(new DemoDatabase("jdbc:h2:file:"
                + folder.resolve("shop").toAbsolutePath(), "demo", "unused"), password)) {
            assertFalse(connection.isClosed());
        }
    }

    @Test
    void aConnectorTheServiceDoesNotSeeYetIsWaitedForToo() {
        // The plugin host already lists the connector, the data source service not yet.
        FakeDataSources late = new FakeDataSources(() -> false);
        DemoRegistration registration = new DemoRegistration(late, () -> true, folder, SMALL, clock,
                Duration.ofMinutes(5));

        assertEquals(Step.RETRY, registration.attempt());
        assertEquals(0, late.registrations.size());
    }

    @Test
    void itGivesUpAfterFiveMinutesWithoutWritingTheMarker() {
        connectorRunning.set(false);
        DemoRegistration registration = registration();

        assertEquals(Step.RETRY, registration.attempt());
        clock.advance(Duration.ofMinutes(4).plusSeconds(58));
        assertEquals(Step.RETRY, registration.attempt());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Step.GAVE_UP, registration.attempt());

        assertFalse(registration.done());
        assertEquals(0, sources.registrations.size());
    }

    @Test
    void anExistingSourceNamedDemoOnlyWritesTheMarker() {
        sources.add("demo");

        assertEquals(Step.DONE, registration().attempt());

        assertEquals(0, sources.registrations.size());
        assertTrue(Files.exists(folder.resolve("registered")));
        assertFalse(Files.exists(folder.resolve("shop.mv.db")), "no database is made for nothing");
    }
}
