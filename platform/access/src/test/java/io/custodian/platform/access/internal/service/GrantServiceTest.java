package io.custodian.platform.access.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.AccessKit;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GrantServiceTest {

    private AccessKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new AccessKit();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void aTimeBoundGrantTakesEffectAndExpiresByTheClockWithoutARestart() {
        Instant from = AccessKit.START.plus(Duration.ofHours(1));
        Instant until = from.plus(Duration.ofHours(8));
        GrantView grant = kit.grant("user:alice", "Data Steward", from.toString(), until.toString());
        LiveAccessDecider sameEngine = kit.decider;

        assertFalse(grant.active());
        assertFalse(kit.allowed("alice", "datasource.scan"));
        kit.clock.advance(Duration.ofHours(1));
        assertTrue(kit.allowed("alice", "datasource.scan"));
        kit.clock.advance(Duration.ofHours(8).minusMillis(1));
        assertTrue(kit.allowed("alice", "datasource.scan"));
        kit.clock.advance(Duration.ofMillis(1));
        assertFalse(kit.allowed("alice", "datasource.scan"));
        assertEquals(sameEngine, kit.decider);
        assertFalse(kit.grants.list("user:alice", null).get(0).active());
    }

    @Test
    void anExpiredGrantIsAuditedOnceBySystem() {
        GrantView grant = kit.grant("user:alice", "Viewer", null, AccessKit.START.plusSeconds(60).toString());

        assertEquals(0, kit.expiryWatcher().checkExpiries());
        kit.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, kit.expiryWatcher().checkExpiries());
        assertEquals(0, kit.expiryWatcher().checkExpiries());

        AuditEvent expired = kit.audit.last("grant.expired");
        assertEquals(1, kit.audit.events("grant.expired").size());
        assertEquals("system", expired.actor());
        assertEquals("grant:" + grant.id(), expired.resource());
        assertEquals("user:alice", expired.details().get("principal"));
        assertEquals("Viewer", expired.details().get("role"));
    }

    @Test
    void aGroupGrantReachesItsMembers() {
        kit.grant("group:finance", "Viewer");

        assertTrue(kit.allowed("carol", "catalog.view"));
        assertFalse(kit.allowed("alice", "catalog.view"));
    }

    @Test
    void grantsGoToUsersOrGroupsAndNameAnExistingRole() {
        CustodianException toRole = Expect.problem("access.invalid_request", 400,
                () -> kit.grants.create(new GrantBody("role:Viewer", "Admin", null, null)));
        CustodianException unknown = Expect.problem("access.invalid_request", 400,
                () -> kit.grants.create(new GrantBody("user:alice", "Ghost", null, null)));
        CustodianException malformed = Expect.problem("access.invalid_request", 400,
                () -> kit.grants.create(new GrantBody("alice", "", "soon", null)));

        assertEquals(List.of("principal"), Expect.fields(toRole));
        assertEquals(List.of("role"), Expect.fields(unknown));
        assertEquals(List.of("principal", "role", "validFrom"), Expect.fields(malformed));
        assertEquals(1, kit.grants.list(null, null).size());
    }

    @Test
    void revokingTakesTheRoleAwayAtOnceAndIsAudited() {
        GrantView grant = kit.grant("user:alice", "Viewer");
        assertTrue(kit.allowed("alice", "catalog.view"));

        kit.grants.revoke(grant.id());

        assertFalse(kit.allowed("alice", "catalog.view"));
        AuditEvent revoked = kit.audit.last("grant.revoked");
        assertEquals("grant:" + grant.id(), revoked.resource());
        assertTrue(revoked.changes().get(0).before().contains("role=Viewer"));
        Expect.problem("access.grant_not_found", 404, () -> kit.grants.revoke(grant.id()));
    }

    @Test
    void theSameGrantTwiceIsAConflict() {
        kit.grant("user:alice", "Viewer");

        Expect.problem("access.duplicate", 409, () -> kit.grant("user:alice", "Viewer"));
    }

    @Test
    void grantsAreListedByPrincipalAndRole() {
        kit.grant("user:alice", "Viewer");
        kit.grant("user:alice", "Data Analyst");
        kit.grant("group:finance", "Viewer");

        assertEquals(2, kit.grants.list("user:alice", null).size());
        assertEquals(2, kit.grants.list(null, "Viewer").size());
        assertEquals(1, kit.grants.list("user:alice", "Viewer").size());
        assertEquals(2, kit.grants.list("USER:alice", null).size());
        assertEquals("admin", kit.grants.list("group:finance", null).get(0).createdBy());
    }

    @Test
    void aGranterCannotGiveARoleWithPermissionsTheyDoNotHold() {
        kit.grant("user:alice", "Viewer");
        kit.policies.create(new PolicyBody("alice grants", "ALLOW", "user:alice", List.of("role.grant"), null, null,
                null));
        kit.as("alice");

        GrantView viewer = kit.grants.create(new GrantBody("user:bob", "Viewer", null, null));
        CustodianException e = Expect.problem("access.exceeds_rights", 403,
                () -> kit.grants.create(new GrantBody("user:alice", "Admin", null, null)));

        assertEquals("alice", viewer.createdBy());
        assertEquals(List.of("*"), e.extensions().get("notHeld"));
        assertEquals(Outcome.DENIED, kit.audit.last("grant.created").outcome());
        assertFalse(kit.allowed("alice", "user.delete"));
    }
}
