package io.custodian.datasources.internal.testing;

import io.custodian.datasources.internal.DataSourceParts;
import io.custodian.datasources.internal.DataSourceSettings;
import io.custodian.datasources.internal.store.DataSourceStore;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.testkit.JpaTestDatabase;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.testkit.RecordingEventBus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The data sources group as the component wires it, on a real H2 (or PostgreSQL) database, with a fake plugin
 * registry serving {@link FakeConnector}, recording audit and event bus, a key folder and an environment of the
 * test's own. {@link #restart()} wires it again on the same database and key folder, as a server restart would.
 */
public final class SourcesKit implements AutoCloseable {

    public final JpaTestDatabase db;
    public final FakePluginRegistry plugins = new FakePluginRegistry();
    public final FakeConnector fake = new FakeConnector();
    public final RecordingAuditService audit = new RecordingAuditService();
    public final RecordingEventBus bus = new RecordingEventBus();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    public final Map<String, String> environment = new ConcurrentHashMap<>();
    public final Path keyFolder;
    public final Path secretFolder;
    private DataSourceParts parts;

    private SourcesKit(JpaTestDatabase db, Path root) throws Exception {
        this.db = db;
        this.keyFolder = root.resolve("data/custodian");
        this.secretFolder = Files.createDirectories(root.resolve("secrets"));
        plugins.serve(FakeConnector.TYPE, fake);
        parts = start();
    }

    /** On a fresh in-memory H2 database; {@code root} holds the key folder and the secrets folder. */
    public static SourcesKit h2(Path root) throws Exception {
        return new SourcesKit(JpaTestDatabase.h2(DataSourceStore.PERSISTENCE_UNIT, "db/migration/" + DataSourceStore.UNIT),
                root);
    }

    /** On a fresh schema of the local PostgreSQL. */
    public static SourcesKit postgres(Path root) throws Exception {
        return new SourcesKit(JpaTestDatabase.postgres(DataSourceStore.PERSISTENCE_UNIT,
                "db/migration/" + DataSourceStore.UNIT), root);
    }

    /** The wired parts. */
    public DataSourceParts parts() {
        return parts;
    }

    /** Wires everything again on the same database, key folder and environment. */
    public DataSourceParts restart() {
        parts.monitor().close();
        parts = start();
        return parts;
    }

    /** Health checks off, file references from the secrets folder, any environment variable. */
    public DataSourceSettings settings() {
        return new DataSourceSettings(Duration.ZERO, List.of(secretFolder), Pattern.compile(".*"));
    }

    private DataSourceParts start() {
        return DataSourceParts.start(new DataSourceStore(db.emf()), plugins, audit, () -> bus, settings(), keyFolder,
                environment::get, clock);
    }

    @Override
    public void close() throws SQLException {
        parts.monitor().close();
        db.close();
    }
}
