package io.custodian.platform.authz.engine;

import static io.custodian.platform.authz.engine.TestModel.NOW;
import static io.custodian.platform.authz.engine.TestModel.user;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.Effect;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.api.Validity;
import org.junit.jupiter.api.Test;

class HoldsTest {

    private final Subject alice = user("alice", "stewards");
    private final PolicyEngine engine = new TestModel()
            .role("Viewer").role("Steward", "Viewer")
            .allow("p-view", "role:Viewer", "*.view")
            .allow("p-ds", "role:Steward", "datasource.*")
            .allowIf("p-night", "user:alice", "request.ip == '1.2.3.4'", "backup.run")
            .deny("d-ds", "user:alice", "datasource.delete")
            .policy("p-old", Effect.ALLOW, "user:alice", null, new Validity(null, NOW), "report.export")
            .grant("group:stewards", "Steward").engine();

    private boolean holds(Subject subject, String pattern) {
        return engine.holds(subject, PermissionPattern.parse(pattern), NOW);
    }

    @Test
    void holdsWhatAnInheritedRolePolicyImplies() {
        assertTrue(holds(alice, "glossary.term.view"));
        assertTrue(holds(alice, "*.view"));
        assertTrue(holds(alice, "datasource.scan:42"));
        assertTrue(holds(alice, "datasource.*"));
    }

    @Test
    void doesNotHoldMoreThanIsGranted() {
        assertFalse(holds(alice, "*"));
        assertFalse(holds(alice, "glossary.*"));
        assertFalse(holds(alice, "*.edit"));
        assertFalse(holds(user("bob"), "datasource.scan"));
    }

    @Test
    void conditionsAndDeniesAreNotWeighed() {
        assertTrue(holds(alice, "backup.run"));
        assertTrue(holds(alice, "datasource.delete"));
    }

    @Test
    void expiredPolicyIsNotHeld() {
        assertFalse(holds(alice, "report.export"));
        assertTrue(engine.holds(alice, PermissionPattern.parse("report.export"), NOW.minusSeconds(1)));
    }
}
