package io.custodian.platform.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.service.DelegationBody;
import io.custodian.platform.access.internal.service.DelegationView;
import io.custodian.platform.access.internal.service.PolicyBody;
import io.custodian.platform.access.internal.service.RoleBody;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The store on PostgreSQL: migrations, seeds, time columns, the expiry queries and the rollback of
 * a refused change. Runs with {@code -Dcustodian.it.postgres=true} (the ci profile).
 */
@EnabledIfSystemProperty(named = "custodian.it.postgres", matches = "true")
class PostgresAccessTest {

    private AccessKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new AccessKit(JpaTestDatabase.postgres(AccessStore.PERSISTENCE_UNIT, AccessKit.MIGRATIONS));
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void seedsAndTheInitialAdminWork() {
        assertEquals(5, kit.roles.list().size());
        assertEquals("builtin-admin", kit.decide("admin", "role.grant").decidedBy());
    }

    @Test
    void aRefusedCycleIsRolledBack() {
        kit.roles.create(new RoleBody("Team", "", List.of()));
        kit.roles.create(new RoleBody("Team Lead", "", List.of("Team")));

        Expect.problem("access.invalid_model", 400, () -> kit.roles.update("Team", new RoleBody(null, "",
                List.of("Team Lead"))));

        assertEquals(List.of(), kit.roles.get("Team").parents());
    }

    @Test
    void timeBoundDefinitionsEndOnTimeAndAreAuditedOnce() {
        String inAnHour = AccessKit.START.plus(Duration.ofHours(1)).toString();
        kit.grant("user:alice", "Data Steward", null, inAnHour);
        kit.policies.create(new PolicyBody("short", "ALLOW", "user:bob", List.of("catalog.edit"), null, null,
                inAnHour));
        kit.as("alice");
        DelegationView delegation = kit.delegations.create(new DelegationBody("carol", List.of("datasource.scan"),
                null, inAnHour));

        assertTrue(kit.allowed("carol", "datasource.scan"));
        kit.clock.advance(Duration.ofHours(1));

        assertFalse(kit.allowed("alice", "datasource.scan"));
        assertFalse(kit.allowed("bob", "catalog.edit"));
        assertFalse(kit.allowed("carol", "datasource.scan"));
        assertEquals(3, kit.expiryWatcher().checkExpiries());
        assertEquals(0, kit.expiryWatcher().checkExpiries());
        assertEquals("delegation:" + delegation.id(), kit.audit.last("delegation.expired").resource());
    }
}
