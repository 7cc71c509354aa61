package io.custodian.demo.internal;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.DataSourceException;
import io.custodian.datasources.api.DataSourceService;
import io.custodian.datasources.api.NewDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo source's first start, one attempt at a time: create the shop database, wait for the H2
 * connector (the plugin host installs it on the first start, on a thread of its own), register the
 * database as the source {@value #SOURCE_NAME}, then write the marker that makes every later start
 * skip all of this. If a source of that name exists already, only the marker is written.
 *
 * <p>The database is created before the registration because the H2 connector opens existing
 * databases only. Its password lives in memory until the data source service has stored it
 * encrypted; a start that stops before that creates the database anew with a new password.
 */
final class DemoRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegistration.class);

    static final String SOURCE_NAME = "demo";
    static final String CONNECTOR_TYPE = "h2";
    static final String MARKER = "registered";
    static final String DATABASE = "shop";
    static final String OWNER = "admin";
    private static final String DESCRIPTION = "Demo shop created on the first start: customers, employees, orders, "
            + "order items and payments with made-up personal data (names, e-mail addresses, phone numbers, "
            + "addresses, birth dates, payment card numbers, IBANs).";

    /** What an attempt came to. */
    enum Step {
        /** Registered now, or before: nothing more to do. */
        DONE,
        /** Not yet possible (no H2 connector running yet); try again later. */
        RETRY,
        /** Will not work: logged, and tried again on the next start. */
        GAVE_UP
    }

    private final DataSourceService sources;
    private final BooleanSupplier connectorRunning;
    private final Path folder;
    private final ShopSize size;
    private final Clock clock;
    private final Duration patience;
    private Instant deadline;
    private DemoDatabase database;
    private String lastReason = "";

    /**
     * @param connectorRunning whether a started plugin serves connector type {@value #CONNECTOR_TYPE}
     * @param folder           where the database and the marker go
     * @param patience         how long to wait for the connector, from the first attempt
     */
    DemoRegistration(DataSourceService sources, BooleanSupplier connectorRunning, Path folder, ShopSize size,
                     Clock clock, Duration patience) {
        this.sources = sources;
        this.connectorRunning = connectorRunning;
        this.folder = folder;
        this.size = size;
        this.clock = clock;
        this.patience = patience;
    }

    /** Whether an earlier start registered the source (or found one of that name). */
    boolean done() {
        return Files.exists(folder.resolve(MARKER));
    }

    /** One attempt; call it again after a while as long as it answers {@link Step#RETRY}. */
    Step attempt() {
        if (deadline == null) {
            deadline = clock.instant().plus(patience);
        }
        if (done()) {
            return Step.DONE;
        }
        try {
            if (nameTaken()) {
                LOG.info("A data source named '{}' exists already, so no demo database is created", SOURCE_NAME);
                return markDone();
            }
            if (database == null) {
                database = ShopDatabase.create(folder.resolve(DATABASE), size);
            }
            if (!connectorRunning.getAsBoolean()) {
                return retry("no running plugin serves connector type " + CONNECTOR_TYPE);
            }
            DataSource source = sources.register(new NewDataSource(SOURCE_NAME, CONNECTOR_TYPE,
                    Map.of("url", database.url(), "user", database.user()), Map.of("password", database.password()),
                    OWNER, List.of(SOURCE_NAME), DESCRIPTION));
            LOG.info("Registered the demo data source '{}' (id {}): the H2 database {} with {} customers, {} orders "
                    + "and {} payments of made-up personal data", source.name(), source.id(), database.url(),
                    size.customers(), size.orders(), size.orders());
            return markDone();
        } catch (DataSourceException e) {
            if (e.reason() == DataSourceException.Reason.NO_CONNECTOR) {
                return retry(e.getMessage());
            }
            return giveUp(e.getMessage());
        } catch (IllegalArgumentException e) {
            // The name was taken meanwhile, or the settings were refused; only the first is success.
            return nameTaken() ? markDone() : giveUp(e.getMessage());
        } catch (SQLException e) {
            return giveUp("the demo database could not be created: " + e.getMessage());
        } catch (RuntimeException e) {
            // The data source service may not be ready to store yet; worth another try.
            LOG.debug("Demo source registration failed, trying again", e);
            return retry(String.valueOf(e.getMessage()));
        }
    }

    private boolean nameTaken() {
        return sources.list().stream().anyMatch(source -> source.name().equals(SOURCE_NAME));
    }

    private Step retry(String reason) {
        lastReason = reason;
        if (clock.instant().isBefore(deadline)) {
            LOG.debug("Demo source not registered yet: {}", reason);
            return Step.RETRY;
        }
        return giveUp("waited " + patience.toSeconds() + " s; " + lastReason);
    }

    private Step giveUp(String reason) {
        LOG.warn("The demo data source '{}' was not registered ({}); the next start tries again", SOURCE_NAME,
                reason);
        return Step.GAVE_UP;
    }

    private Step markDone() {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER), "The demo data source was registered at " + clock.instant()
                    + System.lineSeparator());
        } catch (IOException e) {
            // The next start finds the source by name and writes the marker then.
            LOG.warn("Could not write {}: {}", folder.resolve(MARKER), e.getMessage());
        }
        return Step.DONE;
    }
}
