package io.custodian.platform.authz.engine;

import static io.custodian.platform.authz.engine.TestModel.NOW;
import static io.custodian.platform.authz.engine.TestModel.request;
import static io.custodian.platform.authz.engine.TestModel.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.Validity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final Instant WEEK_LATER = NOW.plus(Duration.ofDays(7));
    private static final Validity THIS_WEEK = new Validity(NOW.minus(Duration.ofDays(1)), WEEK_LATER);

    private final Subject alice = user("alice", "stewards");
    private final Subject bob = user("bob");
    private final Subject carol = user("carol");
    private final TestModel.Directory directory = new TestModel.Directory(alice, bob, carol);

    /** Alice is a steward and may approve glossary terms; she lends that to bob this week. */
    private TestModel model() {
        return new TestModel().role("Steward")
                .allow("p-approve", "role:Steward", "glossary.term.approve", "glossary.term.view")
                .grant("group:stewards", "Steward")
                .delegation("d1", "alice", "bob", THIS_WEEK, "glossary.term.*");
    }

    @Test
    void delegateIsAllowedWhileTheDelegatorHoldsThePermission() {
        Decision decision = model().engine(directory).decide(request(bob, "glossary.term.approve"));

        assertTrue(decision.allowed());
        assertEquals("delegation:d1", decision.decidedBy());
        assertTrue(decision.reason().contains("alice"), decision.reason());
    }

    @Test
    void delegateIsDeniedOnceTheDelegatorLosesThePermission() {
        Instant revoked = NOW.plus(Duration.ofDays(2));
        PolicyEngine engine = new TestModel().role("Steward")
                .allow("p-approve", "role:Steward", "glossary.term.approve")
                .grant("user:alice", "Steward", new Validity(null, revoked))
                .delegation("d1", "alice", "bob", THIS_WEEK, "glossary.term.*").engine(directory);

        assertTrue(engine.decide(request(bob, "glossary.term.approve", NOW)).allowed());
        Decision later = engine.decide(request(bob, "glossary.term.approve", revoked));
        assertFalse(later.allowed());
        assertEquals("default", later.decidedBy());
        assertTrue(later.reason().contains("d1"), later.reason());
    }

    @Test
    void delegationCannotExceedWhatTheDelegatorHolds() {
        PolicyEngine engine = model().engine(directory);

        assertFalse(engine.decide(request(bob, "glossary.term.delete")).allowed());
        assertTrue(engine.decide(request(bob, "glossary.term.view")).allowed());
    }

    @Test
    void delegationCoversOnlyItsOwnPatterns() {
        PolicyEngine engine = new TestModel()
                .allow("p", "user:alice", "glossary.term.approve", "datasource.scan")
                .delegation("d1", "alice", "bob", THIS_WEEK, "glossary.term.approve").engine(directory);

        assertFalse(engine.decide(request(bob, "datasource.scan")).allowed());
        assertEquals(0, directory.lookups);
    }

    @Test
    void delegationsDoNotChain() {
        PolicyEngine engine = model()
                .delegation("d2", "bob", "carol", THIS_WEEK, "glossary.term.*").engine(directory);

        assertTrue(engine.decide(request(bob, "glossary.term.approve")).allowed());
        assertEquals("default", engine.decide(request(carol, "glossary.term.approve")).decidedBy());
    }

    @Test
    void expiredDelegationIsDenied() {
        PolicyEngine engine = model().engine(directory);

        assertEquals("default", engine.decide(request(bob, "glossary.term.approve", WEEK_LATER)).decidedBy());
    }

    @Test
    void delegationNotYetInForceIsDenied() {
        PolicyEngine engine = new TestModel()
                .allow("p", "user:alice", "glossary.term.approve")
                .delegation("d1", "alice", "bob", new Validity(NOW.plusSeconds(60), WEEK_LATER), "glossary.term.*")
                .engine(directory);

        assertFalse(engine.decide(request(bob, "glossary.term.approve", NOW)).allowed());
        assertTrue(engine.decide(request(bob, "glossary.term.approve", NOW.plusSeconds(60))).allowed());
    }

    @Test
    void denyOnTheDelegateStillWins() {
        Decision decision = model().deny("d-bob", "user:bob", "glossary.term.approve")
                .engine(directory).decide(request(bob, "glossary.term.approve"));

        assertFalse(decision.allowed());
        assertEquals("d-bob", decision.decidedBy());
    }

    @Test
    void denyOnTheDelegatorBlocksTheDelegation() {
        PolicyEngine engine = model().deny("d-alice", "group:stewards", "glossary.term.approve").engine(directory);

        assertEquals("default", engine.decide(request(bob, "glossary.term.approve")).decidedBy());
    }

    @Test
    void missingDelegatorAllowsNothing() {
        PolicyEngine engine = model().engine(new TestModel.Directory(bob));

        assertEquals("default", engine.decide(request(bob, "glossary.term.approve")).decidedBy());
    }

    @Test
    void delegatorConditionsAreWeighedForTheDelegator() {
        PolicyEngine engine = new TestModel()
                .allowIf("p-own", "user:alice", "resource.owner == user.name", "document.edit")
                .delegation("d1", "alice", "bob", THIS_WEEK, "document.edit").engine(directory);
        ResourceRef alicesDoc = new ResourceRef("5", Map.of("owner", "alice"));
        ResourceRef bobsDoc = new ResourceRef("6", Map.of("owner", "bob"));

        assertTrue(engine.decide(request(bob, "document.edit:5", alicesDoc)).allowed());
        assertFalse(engine.decide(request(bob, "document.edit:6", bobsDoc)).allowed());
    }

    @Test
    void firstDelegationByIdDecides() {
        PolicyEngine engine = model()
                .allow("p-carol", "user:carol", "glossary.term.approve")
                .delegation("d0", "carol", "bob", THIS_WEEK, "glossary.term.approve").engine(directory);

        assertEquals("delegation:d0", engine.decide(request(bob, "glossary.term.approve")).decidedBy());
    }
}
