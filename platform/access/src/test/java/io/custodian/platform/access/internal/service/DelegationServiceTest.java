package io.custodian.platform.access.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.AccessKit;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DelegationServiceTest {

    private static final String TOMORROW = AccessKit.START.plus(Duration.ofDays(1)).toString();

    private AccessKit kit;
    private GrantView aliceIsSteward;

    @BeforeEach
    void setUp() throws Exception {
        kit = new AccessKit();
        aliceIsSteward = kit.grant("user:alice", "Data Steward");
        kit.grant("user:bob", "Viewer");
        kit.as("alice");
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private DelegationView delegate(String to, String until, String... permissions) {
        return kit.delegations.create(new DelegationBody(to, List.of(permissions), null, until));
    }

    @Test
    void theDelegateGainsExactlyWhatWasDelegated() {
        DelegationView delegation = delegate("bob", TOMORROW, "datasource.scan:42");

        assertTrue(delegation.id().startsWith("dlg_"));
        assertEquals("alice", delegation.delegator());
        assertEquals("delegation:" + delegation.id(), kit.decide("bob", "datasource.scan:42").decidedBy());
        assertFalse(kit.allowed("bob", "datasource.scan:43"));
        assertFalse(kit.allowed("bob", "catalog.edit"));
        assertEquals("delegation:" + delegation.id(), kit.audit.last("delegation.created").resource());
    }

    @Test
    void nobodyCanDelegateMoreThanTheyHold() {
        CustodianException e = Expect.problem("access.delegation_exceeds_rights", 403,
                () -> delegate("bob", TOMORROW, "datasource.scan", "role.grant", "*"));

        assertEquals(List.of("*", "role.grant"), e.extensions().get("notHeld"));
        assertEquals(Outcome.DENIED, kit.audit.last("delegation.created").outcome());
        kit.as("admin");
        assertTrue(kit.delegations.list().isEmpty());
    }

    @Test
    void revokingTheDelegatorsRightRevokesTheDelegation() {
        delegate("bob", TOMORROW, "datasource.scan");
        assertTrue(kit.allowed("bob", "datasource.scan"));

        kit.as("admin");
        kit.grants.revoke(aliceIsSteward.id());

        assertFalse(kit.allowed("bob", "datasource.scan"));
        assertEquals("default", kit.decide("bob", "datasource.scan").decidedBy());
    }

    @Test
    void aDelegationExpiresOnTimeAndItsExpiryIsAuditedOnce() {
        DelegationView delegation = delegate("bob", AccessKit.START.plus(Duration.ofHours(2)).toString(),
                "catalog.edit");
        assertTrue(kit.allowed("bob", "catalog.edit"));

        kit.clock.advance(Duration.ofHours(2));

        assertFalse(kit.allowed("bob", "catalog.edit"));
        assertEquals(1, kit.expiryWatcher().checkExpiries());
        assertEquals(0, kit.expiryWatcher().checkExpiries());
        assertEquals("delegation:" + delegation.id(), kit.audit.last("delegation.expired").resource());
        assertEquals("alice", kit.audit.last("delegation.expired").details().get("delegator"));
    }

    @Test
    void aDelegationNeedsAnotherKnownUserAndAnEndWithinNinetyDays() {
        CustodianException self = Expect.problem("access.invalid_request", 400,
                () -> delegate("alice", TOMORROW, "catalog.edit"));
        CustodianException unknown = Expect.problem("access.invalid_request", 400,
                () -> delegate("mallory", null, "catalog.edit"));
        CustodianException tooLong = Expect.problem("access.invalid_request", 400,
                () -> delegate("bob", AccessKit.START.plus(Duration.ofDays(91)).toString(), "catalog.edit"));
        CustodianException past = Expect.problem("access.invalid_request", 400,
                () -> delegate("bob", AccessKit.START.minusSeconds(1).toString()));

        assertEquals(List.of("delegate"), Expect.fields(self));
        assertEquals(List.of("delegate", "validUntil"), Expect.fields(unknown));
        assertEquals(List.of("validUntil"), Expect.fields(tooLong));
        assertEquals(List.of("permissions", "validUntil"), Expect.fields(past));
        delegate("bob", AccessKit.START.plus(Duration.ofDays(90)).toString(), "catalog.edit");
    }

    @Test
    void usersSeeTheDelegationsTheyGaveOrReceivedAndRoleViewersSeeAll() {
        DelegationView delegation = delegate("bob", TOMORROW, "catalog.edit");

        assertEquals(List.of(delegation.id()), ids());
        kit.as("bob");
        assertEquals(List.of(delegation.id()), ids());
        kit.as("carol");
        assertEquals(List.of(), ids());
        kit.as("admin");
        assertEquals(List.of(delegation.id()), ids());
    }

    @Test
    void onlyTheDelegatorOrARoleEditorMayRevoke() {
        DelegationView first = delegate("bob", TOMORROW, "catalog.edit");
        DelegationView second = delegate("bob", TOMORROW, "catalog.classify");

        kit.as("bob");
        Expect.problem("access.not_allowed", 403, () -> kit.delegations.revoke(first.id()));
        kit.as("carol");
        Expect.problem("access.delegation_not_found", 404, () -> kit.delegations.revoke(first.id()));
        kit.as("alice");
        kit.delegations.revoke(first.id());
        kit.as("admin");
        kit.delegations.revoke(second.id());

        assertFalse(kit.allowed("bob", "catalog.edit"));
        assertEquals(List.of(), ids());
        assertEquals(Outcome.DENIED, kit.audit.events("delegation.revoked").get(0).outcome());
        assertEquals("admin", kit.audit.last("delegation.revoked").actor());
        assertTrue(kit.audit.last("delegation.revoked").changes().get(0).before().contains("delegator=alice"));
    }

    @Test
    void aDelegationMayStartLater() {
        Instant from = AccessKit.START.plus(Duration.ofHours(1));
        kit.delegations.create(new DelegationBody("bob", List.of("catalog.edit"), from.toString(), TOMORROW));

        assertFalse(kit.allowed("bob", "catalog.edit"));
        kit.clock.advance(Duration.ofHours(1));
        assertTrue(kit.allowed("bob", "catalog.edit"));
    }

    private List<String> ids() {
        return kit.delegations.list().stream().map(DelegationView::id).toList();
    }
}
