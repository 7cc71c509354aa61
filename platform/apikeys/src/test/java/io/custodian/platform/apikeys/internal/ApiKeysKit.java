package io.custodian.platform.apikeys.internal;

import io.custodian.platform.apikeys.internal.service.ApiKeyBody;
import io.custodian.platform.apikeys.internal.service.ApiKeyService;
import io.custodian.platform.apikeys.internal.service.IssuedApiKey;
import io.custodian.platform.apikeys.internal.service.KeyRules;
import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.apikeys.internal.testing.RightsTable;
import io.custodian.platform.apikeys.internal.testing.UserDirectory;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the bundle wires together in OSGi, built by hand on a fresh database with a clock the test
 * moves. admin holds everything; alice holds catalog.*, datasource.scan:42 and the apikey
 * actions; bob holds catalog.view and the apikey actions.
 */
public final class ApiKeysKit implements AutoCloseable {

    public static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    public static final Origin ORIGIN = new Origin("192.0.2.7", "test", "corr-1");
    public static final Duration TTL = Duration.ofSeconds(30);
    /** The bundle's migration scripts, for {@link JpaTestDatabase}. */
    public static final String MIGRATIONS = "db/migration/" + ApiKeyStore.UNIT;

    public final JpaTestDatabase db;
    public final MutableClock clock = new MutableClock(START);
    public final RecordingAuditService audit = new RecordingAuditService();
    public final UserDirectory directory = new UserDirectory().add("admin").add("alice").add("bob");
    public final RightsTable rights = new RightsTable(directory)
            .allow("admin", "*")
            .allow("alice", "catalog.*", "datasource.scan:42", "apikey.view", "apikey.create", "apikey.edit",
                    "apikey.delete")
            .allow("bob", "catalog.view", "apikey.view", "apikey.create", "apikey.edit", "apikey.delete");
    public final ApiKeyRegistry registry;
    public final ApiKeyService keys;

    public ApiKeysKit() throws Exception {
        this(h2(), KeyRules.DEFAULT);
    }

    public ApiKeysKit(JpaTestDatabase database, KeyRules rules) {
        db = database;
        registry = node();
        keys = new ApiKeyService(registry, rights, audit, rules);
        as("alice");
    }

    /** A fresh in-memory H2 database with the bundle's migrations and persistence unit. */
    public static JpaTestDatabase h2() throws SQLException {
        return JpaTestDatabase.h2(ApiKeyStore.PERSISTENCE_UNIT, MIGRATIONS);
    }

    /** Another registry on the same database: what a second node (or a restart) sees. */
    public ApiKeyRegistry node() {
        ApiKeyRegistry node = new ApiKeyRegistry(new ApiKeyStore(db.emf()), audit, clock, TTL);
        node.bindDirectory(directory);
        return node;
    }

    /** Makes {@code user} the caller of what follows on this thread. */
    public ApiKeysKit as(String user) {
        Caller.bind(new Caller(Optional.of(user), ORIGIN));
        return this;
    }

    /** Creates a key as the current caller, without expiry. */
    public IssuedApiKey create(String name, String... scopes) {
        return keys.create(new ApiKeyBody(name, List.of(scopes), null));
    }

    @Override
    public void close() throws Exception {
        Caller.unbind();
        db.close();
    }
}
