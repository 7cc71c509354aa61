package io.custodian.platform.access.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.AccessKit;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Duration;
import java.time.Instant;
import io.custodian.platform.audit.api.FieldChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyServiceTest {

    private AccessKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new AccessKit();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private static PolicyBody allow(String name, String principal, String... permissions) {
        return new PolicyBody(name, "ALLOW", principal, List.of(permissions), null, null, null);
    }

    @Test
    void aNewPolicyDecidesAtOnceAndDenyBeatsAllow() {
        PolicyView allow = kit.policies.create(allow("alice reads", "user:alice", "catalog.*"));

        assertTrue(allow.id().startsWith("pol_"));
        assertTrue(allow.id().length() >= 20);
        assertEquals(allow.id(), kit.decide("alice", "catalog.view").decidedBy());

        PolicyView deny = kit.policies.create(new PolicyBody("no deletes", "deny", "user:alice",
                List.of("catalog.delete"), null, null, null));

        Decision decision = kit.decide("alice", "catalog.delete");
        assertFalse(decision.allowed());
        assertEquals(deny.id(), decision.decidedBy());
        assertEquals("DENY", deny.effect());
        assertTrue(kit.allowed("alice", "catalog.edit"));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        CustodianException e = Expect.problem("access.invalid_request", 400, () -> kit.policies.create(
                new PolicyBody(" ", "MAYBE", "team:x", List.of("catalog.view", "bad perm", "*.*.*x"),
                        "user.department ==", "yesterday", "2025-13-01T00:00:00Z")));

        assertEquals(List.of("name", "effect", "principal", "permissions[1]", "permissions[2]", "condition",
                "validFrom", "validUntil"), Expect.fields(e));
        assertEquals(Outcome.FAILURE, kit.audit.last("policy.created").outcome());
        assertEquals("access.invalid_request", kit.audit.last("policy.created").details().get("code"));
    }

    @Test
    void emptyPermissionsAndAnEmptyWindowAreRefused() {
        CustodianException e = Expect.problem("access.invalid_request", 400, () -> kit.policies.create(
                new PolicyBody("p", "ALLOW", "user:alice", List.of(), null, "2025-03-02T00:00:00Z",
                        "2025-03-01T00:00:00+01:00")));

        assertEquals(List.of("permissions", "validUntil"), Expect.fields(e));
    }

    @Test
    void aPolicyForAnUnknownRoleIsRefused() {
        CustodianException e = Expect.problem("access.invalid_request", 400,
                () -> kit.policies.create(allow("ghost", "role:Ghost", "catalog.view")));

        assertEquals(List.of("principal"), Expect.fields(e));
        assertTrue(kit.policies.list("role:Ghost").isEmpty());
    }

    @Test
    void conditionsAreCheckedAgainstTheRequest() {
        kit.policies.create(new PolicyBody("own sources", "ALLOW", "user:alice", List.of("datasource.scan"),
                "resource.owner == user.name", null, null));

        CheckResponse own = kit.checks.check(new CheckRequest("alice", "datasource.scan:7",
                new CheckRequest.Resource("7", Map.of("owner", "alice")), null));
        CheckResponse other = kit.checks.check(new CheckRequest("alice", "datasource.scan:8",
                new CheckRequest.Resource("8", Map.of("owner", "bob")), null));

        assertTrue(own.allowed());
        assertFalse(other.allowed());
        assertEquals("default", other.decidedBy());
    }

    @Test
    void builtInPoliciesAreReadOnly() {
        Expect.problem("access.built_in", 409, () -> kit.policies.update("builtin-viewer",
                allow("Viewer: read access", "role:Viewer", "*")));
        Expect.problem("access.built_in", 409, () -> kit.policies.delete("builtin-admin"));

        assertEquals(List.of("*"), kit.policies.get("builtin-admin").permissions());
    }

    @Test
    void policyNamesAreUnique() {
        PolicyView first = kit.policies.create(allow("reads", "user:alice", "catalog.view"));
        PolicyView second = kit.policies.create(allow("writes", "user:alice", "catalog.edit"));

        Expect.problem("access.duplicate", 409, () -> kit.policies.create(allow("reads", "user:bob", "catalog.view")));
        Expect.problem("access.duplicate", 409, () -> kit.policies.update(second.id(),
                allow("reads", "user:alice", "catalog.edit")));
        kit.policies.update(first.id(), allow("reads", "user:alice", "catalog.view", "catalog.lineage"));
    }

    @Test
    void anUpdateReplacesThePolicyAndAuditsBeforeAndAfter() {
        PolicyView created = kit.policies.create(allow("reads", "user:alice", "catalog.view"));

        PolicyView updated = kit.policies.update(created.id(), new PolicyBody("reads", "ALLOW", "group:finance",
                List.of("catalog.view", "datasource.view"), null, null, null));

        assertEquals(List.of("catalog.view", "datasource.view"), updated.permissions());
        assertFalse(kit.allowed("alice", "catalog.view"));
        assertTrue(kit.allowed("carol", "datasource.view"));
        FieldChange change = kit.audit.last("policy.updated").changes().get(0);
        assertEquals("definition", change.field());
        assertTrue(change.before().contains("principal=user:alice"));
        assertTrue(change.after().contains("principal=group:finance"));
        assertEquals("policy:" + created.id(), kit.audit.last("policy.updated").resource());
    }

    @Test
    void deletingAPolicyTakesItsPermissionsAway() {
        PolicyView created = kit.policies.create(allow("reads", "user:alice", "catalog.view"));

        kit.policies.delete(created.id());

        assertFalse(kit.allowed("alice", "catalog.view"));
        Expect.problem("access.policy_not_found", 404, () -> kit.policies.get(created.id()));
        Expect.problem("access.policy_not_found", 404, () -> kit.policies.delete(created.id()));
        assertEquals(Outcome.FAILURE, kit.audit.last("policy.deleted").outcome());
    }

    @Test
    void aTimeBoundPolicyStartsAndEndsOnTimeAndItsExpiryIsAuditedOnce() {
        Instant from = AccessKit.START.plus(Duration.ofHours(1));
        Instant until = from.plus(Duration.ofHours(1));
        PolicyView policy = kit.policies.create(new PolicyBody("maintenance window", "ALLOW", "user:alice",
                List.of("datasource.edit"), null, from.toString(), until.toString()));

        assertFalse(policy.active());
        assertFalse(kit.allowed("alice", "datasource.edit"));
        kit.clock.advance(Duration.ofHours(1));
        assertTrue(kit.allowed("alice", "datasource.edit"));
        assertEquals(0, kit.expiryWatcher().checkExpiries());
        kit.clock.advance(Duration.ofHours(1));
        assertFalse(kit.allowed("alice", "datasource.edit"));

        assertEquals(1, kit.expiryWatcher().checkExpiries());
        assertEquals(0, kit.expiryWatcher().checkExpiries());
        assertEquals("policy:" + policy.id(), kit.audit.last("policy.expired").resource());
        assertEquals("system", kit.audit.last("policy.expired").actor());
    }

    @Test
    void extendingAnExpiredPolicyAuditsItsNewEndAgain() {
        Instant until = AccessKit.START.plus(Duration.ofHours(1));
        PolicyView policy = kit.policies.create(new PolicyBody("short", "ALLOW", "user:alice",
                List.of("datasource.edit"), null, null, until.toString()));
        kit.clock.advance(Duration.ofHours(2));
        kit.expiryWatcher().checkExpiries();

        kit.policies.update(policy.id(), new PolicyBody("short", "ALLOW", "user:alice", List.of("datasource.edit"),
                null, null, until.plus(Duration.ofHours(2)).toString()));
        assertTrue(kit.allowed("alice", "datasource.edit"));
        kit.clock.advance(Duration.ofHours(2));

        assertEquals(1, kit.expiryWatcher().checkExpiries());
        assertEquals(2, kit.audit.events("policy.expired").size());
    }

    @Test
    void aCallerCannotAllowWhatTheyDoNotHoldButMayDeny() {
        kit.policies.create(allow("alice edits policies", "user:alice", "role.create", "role.view"));
        kit.as("alice");

        CustodianException e = Expect.problem("access.exceeds_rights", 403,
                () -> kit.policies.create(allow("escalate", "user:alice", "*")));
        kit.policies.create(new PolicyBody("bob may not scan", "DENY", "user:bob", List.of("datasource.scan"), null,
                null, null));

        assertEquals(List.of("*"), e.extensions().get("notHeld"));
        assertEquals(Outcome.DENIED, kit.audit.events("policy.created").get(1).outcome());
        assertEquals(Outcome.SUCCESS, kit.audit.last("policy.created").outcome());
    }
}
