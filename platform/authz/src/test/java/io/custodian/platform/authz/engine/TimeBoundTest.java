package io.custodian.platform.authz.engine;

import static io.custodian.platform.authz.engine.TestModel.NOW;
import static io.custodian.platform.authz.engine.TestModel.request;
import static io.custodian.platform.authz.engine.TestModel.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.Validity;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeBoundTest {

    private static final Instant FROM = NOW.plus(Duration.ofDays(1));
    private static final Instant UNTIL = NOW.plus(Duration.ofDays(8));
    private static final Duration SECOND = Duration.ofSeconds(1);
    private final Subject alice = user("alice", "finance");

    @Test
    void roleGrantTakesEffectAtValidFromAndStopsAtValidUntil() {
        PolicyEngine engine = new TestModel().role("Auditor")
                .allow("p-audit", "role:Auditor", "audit.read")
                .grant("user:alice", "Auditor", new Validity(FROM, UNTIL)).engine();

        assertFalse(engine.decide(request(alice, "audit.read", FROM.minus(SECOND))).allowed());
        assertTrue(engine.decide(request(alice, "audit.read", FROM)).allowed());
        assertTrue(engine.decide(request(alice, "audit.read", UNTIL.minus(SECOND))).allowed());
        assertFalse(engine.decide(request(alice, "audit.read", UNTIL)).allowed());
    }

    @Test
    void cachedRolesFollowTheRequestTimeBackAndForth() {
        PolicyEngine engine = new TestModel().role("Auditor")
                .grant("group:finance", "Auditor", new Validity(FROM, UNTIL)).engine();

        assertEquals(Set.of("Auditor"), engine.effectiveRoles(alice, FROM.plus(SECOND)));
        assertEquals(Set.of(), engine.effectiveRoles(alice, UNTIL));
        assertEquals(Set.of(), engine.effectiveRoles(alice, FROM.minus(SECOND)));
        assertEquals(Set.of("Auditor"), engine.effectiveRoles(alice, FROM));
        assertEquals(Set.of(), engine.effectiveRoles(user("alice"), FROM));
    }

    @Test
    void overlappingGrantsKeepTheRoleUntilTheLastEnds() {
        Instant middle = NOW.plus(Duration.ofDays(4));
        PolicyEngine engine = new TestModel().role("Auditor")
                .grant("user:alice", "Auditor", new Validity(FROM, middle))
                .grant("group:finance", "Auditor", new Validity(middle.minus(Duration.ofDays(1)), UNTIL)).engine();

        assertEquals(Set.of("Auditor"), engine.effectiveRoles(alice, middle));
        assertEquals(Set.of("Auditor"), engine.effectiveRoles(alice, UNTIL.minus(SECOND)));
        assertEquals(Set.of(), engine.effectiveRoles(alice, UNTIL));
    }

    @Test
    void policyTakesEffectAtValidFromAndStopsAtValidUntil() {
        PolicyEngine engine = new TestModel()
                .policy("p-temp", Effect.ALLOW, "user:alice", null, new Validity(FROM, UNTIL), "report.export")
                .engine();

        assertFalse(engine.decide(request(alice, "report.export", FROM.minus(SECOND))).allowed());
        assertEquals("p-temp", engine.decide(request(alice, "report.export", FROM)).decidedBy());
        assertTrue(engine.decide(request(alice, "report.export", UNTIL.minus(SECOND))).allowed());
        assertEquals("default", engine.decide(request(alice, "report.export", UNTIL)).decidedBy());
    }

    @Test
    void expiredDenyNoLongerBlocks() {
        PolicyEngine engine = new TestModel()
                .allow("a", "group:finance", "ledger.edit")
                .policy("d-freeze", Effect.DENY, "group:finance", null, new Validity(null, FROM), "ledger.edit")
                .engine();

        assertEquals("d-freeze", engine.decide(request(alice, "ledger.edit", NOW)).decidedBy());
        assertEquals("a", engine.decide(request(alice, "ledger.edit", FROM)).decidedBy());
    }
}
