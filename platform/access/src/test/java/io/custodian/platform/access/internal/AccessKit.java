package io.custodian.platform.access.internal;

import io.custodian.platform.access.internal.service.AccessCheckService;
import io.custodian.platform.access.internal.service.DelegationService;
import io.custodian.platform.access.internal.service.GrantBody;
import io.custodian.platform.access.internal.service.GrantService;
import io.custodian.platform.access.internal.service.GrantView;
import io.custodian.platform.access.internal.service.PolicyService;
import io.custodian.platform.access.internal.service.RoleService;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.access.internal.testing.UserDirectory;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Everything the access bundle wires together in OSGi, built by hand on a fresh H2 database with
 * a clock the test moves. The directory knows admin, alice, bob and carol (carol in group
 * finance); only admin holds a role (Admin, from the seed migration).
 */
public final class AccessKit implements AutoCloseable {

    public static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    public static final Origin ORIGIN = new Origin("192.0.2.7", "test", "corr-1");
    /** The bundle's migration scripts, for {@link JpaTestDatabase}. */
    public static final String MIGRATIONS = "db/migration/" + AccessStore.UNIT;

    public final JpaTestDatabase db;
    public final MutableClock clock = new MutableClock(START);
    public final RecordingAuditService audit = new RecordingAuditService();
    public final UserDirectory directory = new UserDirectory()
            .add("admin").add("alice").add("bob").add("carol", "finance");
    public final AccessStore store;
    public final LiveAccessDecider decider;
    public final RoleService roles;
    public final PolicyService policies;
    public final GrantService grants;
    public final DelegationService delegations;
    public final AccessCheckService checks;

    /** On a fresh in-memory H2 database. */
    public AccessKit() throws Exception {
        this(JpaTestDatabase.h2(AccessStore.PERSISTENCE_UNIT, MIGRATIONS));
    }

    public AccessKit(JpaTestDatabase database) throws Exception {
        db = database;
        store = new AccessStore(db.emf());
        decider = new LiveAccessDecider(store, clock, ZoneOffset.UTC);
        decider.bindDirectory(directory);
        roles = new RoleService(decider, store, audit);
        policies = new PolicyService(decider, store, audit);
        grants = new GrantService(decider, store, audit);
        delegations = new DelegationService(decider, store, audit);
        checks = new AccessCheckService(decider);
        as("admin");
    }

    /** Makes {@code user} the caller of what follows on this thread. */
    public AccessKit as(String user) {
        Caller.bind(new Caller(Optional.of(user), ORIGIN));
        return this;
    }

    /** Grants {@code role} to {@code principal} as admin, then returns to the previous caller. */
    public GrantView grant(String principal, String role) {
        return grant(principal, role, null, null);
    }

    public GrantView grant(String principal, String role, String from, String until) {
        Caller previous = Caller.current();
        as("admin");
        try {
            return grants.create(new GrantBody(principal, role, from, until));
        } finally {
            Caller.bind(previous);
        }
    }

    public Decision decide(String user, String permission) {
        return decider.decide(user, Permission.parse(permission), ResourceRef.NONE, "192.0.2.7", null);
    }

    public boolean allowed(String user, String permission) {
        return decide(user, permission).allowed();
    }

    /** A second decider on the same database, as after a restart. */
    public LiveAccessDecider restartedDecider() {
        LiveAccessDecider restarted = new LiveAccessDecider(store, clock, ZoneOffset.UTC);
        restarted.bindDirectory(directory);
        return restarted;
    }

    /** An expiry watcher on this kit's store, audit and clock. */
    public ExpiryWatcher expiryWatcher() {
        return new ExpiryWatcher(store, audit, clock);
    }

    @Override
    public void close() throws Exception {
        Caller.unbind();
        db.close();
    }
}
