package io.custodian.platform.authz.engine;

import static io.custodian.platform.authz.engine.TestModel.NOW;
import static io.custodian.platform.authz.engine.TestModel.request;
import static io.custodian.platform.authz.engine.TestModel.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.InvalidModelException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleHierarchyTest {

    private static TestModel threeLevels() {
        return new TestModel()
                .role("Viewer")
                .role("Analyst", "Viewer")
                .role("Steward", "Analyst")
                .role("Admin", "Steward")
                .allow("p-view", "role:Viewer", "catalog.view")
                .allow("p-analyse", "role:Analyst", "profile.run")
                .allow("p-admin", "role:Admin", "system.configure");
    }

    @Test
    void roleInheritsPoliciesOfItsAncestorsThreeLevelsUp() {
        PolicyEngine engine = threeLevels().grant("user:alice", "Admin").engine();

        Decision decision = engine.decide(request(user("alice"), "catalog.view"));

        assertTrue(decision.allowed());
        assertEquals("p-view", decision.decidedBy());
        assertTrue(engine.decide(request(user("alice"), "profile.run")).allowed());
        assertEquals(Set.of("Admin", "Steward", "Analyst", "Viewer"), engine.effectiveRoles(user("alice"), NOW));
    }

    @Test
    void inheritanceRunsUpwardsOnly() {
        PolicyEngine engine = threeLevels().grant("user:bob", "Analyst").engine();

        assertTrue(engine.decide(request(user("bob"), "catalog.view")).allowed());
        assertFalse(engine.decide(request(user("bob"), "system.configure")).allowed());
        assertEquals(Set.of("Analyst", "Viewer"), engine.effectiveRoles(user("bob"), NOW));
    }

    @Test
    void roleWithSeveralParentsInheritsFromAll() {
        PolicyEngine engine = new TestModel()
                .role("Reader").role("Writer").role("Editor", "Reader", "Writer")
                .allow("p-read", "role:Reader", "doc.read")
                .allow("p-write", "role:Writer", "doc.write")
                .grant("user:carol", "Editor").engine();

        assertTrue(engine.decide(request(user("carol"), "doc.read")).allowed());
        assertTrue(engine.decide(request(user("carol"), "doc.write")).allowed());
    }

    @Test
    void cycleIsRejectedAndNamed() {
        TestModel model = new TestModel().role("A", "C").role("B", "A").role("C", "B");

        InvalidModelException e = assertThrows(InvalidModelException.class, model::engine);

        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(e.getMessage().contains("A -> C -> B -> A"), e.getMessage());
    }

    @Test
    void roleThatIsItsOwnParentIsACycle() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new TestModel().role("Loop", "Loop").engine());

        assertTrue(e.getMessage().contains("Loop -> Loop"), e.getMessage());
    }

    @Test
    void unknownParentIsRejectedAndNamed() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new TestModel().role("Steward", "Ghost").engine());

        assertTrue(e.getMessage().contains("'Steward'"), e.getMessage());
        assertTrue(e.getMessage().contains("'Ghost'"), e.getMessage());
    }

    @Test
    void duplicateRoleIsRejected() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new TestModel().role("Viewer").role("Viewer").engine());

        assertTrue(e.getMessage().contains("'Viewer'"), e.getMessage());
    }

    @Test
    void diamondHierarchyIsNotACycle() {
        PolicyEngine engine = new TestModel()
                .role("Base").role("Left", "Base").role("Right", "Base").role("Top", "Left", "Right")
                .grant("user:dan", "Top").engine();

        assertEquals(Set.of("Top", "Left", "Right", "Base"), engine.effectiveRoles(user("dan"), NOW));
    }

    @Test
    void grantOfAnUndefinedRoleGrantsNothing() {
        PolicyEngine engine = new TestModel()
                .allow("p-ghost", "role:Ghost", "catalog.view")
                .grant("user:erin", "Ghost").engine();

        assertEquals(Set.of(), engine.effectiveRoles(user("erin"), NOW));
        assertFalse(engine.decide(request(user("erin"), "catalog.view")).allowed());
    }
}
