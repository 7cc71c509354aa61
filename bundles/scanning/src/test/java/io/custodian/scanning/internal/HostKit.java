package io.custodian.scanning.internal;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.testkit.JpaTestDatabase;
import io.custodian.scanning.api.ScanRun;
import io.custodian.scanning.internal.run.ActiveRunHandle;
import io.custodian.scanning.internal.store.DefinitionStore;
import io.custodian.scanning.internal.testing.ConnectorSources;
import io.custodian.scanning.internal.testing.InMemoryCatalog;
import io.custodian.scanning.internal.testing.PermissionList;
import io.custodian.platform.testkit.RecordingEventBus;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A scanning host on an in-memory H2 kernel database with its migrations, the in-memory catalog, data sources served
 * by connector objects, a recording audit trail and bus, and an access list. Close it after each test.
 */
public final class HostKit implements AutoCloseable {

    public static final String NODE = "node-a";

    public final JpaTestDatabase db;
    public final InMemoryCatalog catalog = new InMemoryCatalog();
    public final ConnectorSources sources = new ConnectorSources();
    public final RecordingAuditService audit = new RecordingAuditService();
    public final RecordingEventBus bus = new RecordingEventBus();
    public final PermissionList access;
    private ScanningHost host;

    public HostKit(String... allowed) throws Exception {
        this.db = JpaTestDatabase.h2(DefinitionStore.PERSISTENCE_UNIT, "db/migration/" + DefinitionStore.UNIT);
        this.access = new PermissionList(allowed);
    }

    /** The host, started on first use (so a test can prepare the database before). */
    public ScanningHost host() {
        if (host == null) {
            host = new ScanningHost(db.emf(), sources, catalog, audit, access, bus, Clock.systemUTC(), NODE, 2);
        }
        return host;
    }

    /** Binds a REST caller for this thread, as the REST runtime does. */
    public static void actAs(String user) {
        Caller.bind(new Caller(Optional.of(user), new Origin("10.0.0.1", "test", "corr-1")));
    }

    /** Waits (at most 60 s) for a run of this node to end and answers it as stored. */
    public ScanRun awaitEnd(String runId) throws Exception {
        Optional<ActiveRunHandle> active = host().runs().active(runId);
        if (active.isPresent()) {
            active.get().finished().get(60, TimeUnit.SECONDS);
        }
        return host().runs().get(runId);
    }

    @Override
    public void close() throws Exception {
        Caller.unbind();
        if (host != null) {
            host.deactivate();
        }
        db.close();
    }
}
