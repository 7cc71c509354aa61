package io.custodian.platform.access.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.AccessKit;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.CustodianException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleServiceTest {

    private AccessKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new AccessKit();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private RoleView create(String name, String... parents) {
        return kit.roles.create(new RoleBody(name, "about " + name, List.of(parents)));
    }

    @Test
    void createsReadsUpdatesAndDeletesACustomRoleAuditingEachStep() {
        RoleView created = create("Auditor", "Viewer");
        RoleView updated = kit.roles.update("Auditor", new RoleBody(null, "reads the trail", List.of("Data Analyst")));
        kit.roles.delete("Auditor");

        assertEquals(new RoleView("Auditor", "about Auditor", List.of("Viewer"), false), created);
        assertEquals(new RoleView("Auditor", "reads the trail", List.of("Data Analyst"), false), updated);
        assertTrue(kit.roles.list().stream().noneMatch(r -> r.name().equals("Auditor")));
        AuditEvent update = kit.audit.last("role.updated");
        assertEquals("admin", update.actor());
        assertEquals("role:Auditor", update.resource());
        assertEquals(AccessKit.ORIGIN, update.origin());
        assertTrue(update.changes().get(0).before().contains("parents=[Viewer]"));
        assertTrue(update.changes().get(0).after().contains("parents=[Data Analyst]"));
        assertEquals(Outcome.SUCCESS, kit.audit.last("role.created").outcome());
        assertEquals(Outcome.SUCCESS, kit.audit.last("role.deleted").outcome());
    }

    @Test
    void aCycleIsRefusedNamingItAndLeavesTheStoreUnchanged() {
        create("Team");
        create("Team Lead", "Team");

        CustodianException e = Expect.problem("access.invalid_model", 400,
                () -> kit.roles.update("Team", new RoleBody(null, "", List.of("Team Lead"))));

        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(e.getMessage().contains("Team Lead"), e.getMessage());
        assertEquals(List.of(), kit.roles.get("Team").parents());
        assertEquals(List.of(), kit.decider.model().roles().stream().filter(r -> r.name().equals("Team"))
                .findFirst().orElseThrow().parents().stream().toList());
        assertEquals(List.of(), kit.restartedDecider().model().roles().stream().filter(r -> r.name().equals("Team"))
                .findFirst().orElseThrow().parents().stream().toList());
        assertEquals(Outcome.FAILURE, kit.audit.last("role.updated").outcome());
        assertEquals("access.invalid_model", kit.audit.last("role.updated").details().get("code"));
    }

    @Test
    void aRoleCannotBeItsOwnParent() {
        create("Loner");

        Expect.problem("access.invalid_model", 400,
                () -> kit.roles.update("Loner", new RoleBody(null, "", List.of("Loner"))));
    }

    @Test
    void unknownParentsAreRefusedAndNothingIsStored() {
        CustodianException e = Expect.problem("access.invalid_model", 400, () -> create("Orphan", "Nobody"));

        assertTrue(e.getMessage().contains("Nobody"), e.getMessage());
        Expect.problem("access.role_not_found", 404, () -> kit.roles.get("Orphan"));
    }

    @Test
    void duplicateNamesAreAConflict() {
        create("Team");

        Expect.problem("access.duplicate", 409, () -> create("Team"));
        Expect.problem("access.duplicate", 409, () -> create("Viewer"));
    }

    @Test
    void malformedRolesAreRefusedFieldByField() {
        CustodianException e = Expect.problem("access.invalid_request", 400,
                () -> kit.roles.create(new RoleBody(" padded", "x".repeat(501), List.of("ok", "bad:name"))));

        assertEquals(List.of("name", "description", "parents[1]"), Expect.fields(e));
        Expect.problem("access.invalid_request", 400, () -> kit.roles.create(null));
    }

    @Test
    void builtInRolesCannotBeDeletedOrRenamedButTheirDescriptionCanChange() {
        Expect.problem("access.built_in", 409, () -> kit.roles.delete("Viewer"));
        Expect.problem("access.built_in", 409,
                () -> kit.roles.update("Viewer", new RoleBody("Reader", "", List.of())));

        RoleView changed = kit.roles.update("Viewer", new RoleBody("Viewer", "Reads things", List.of()));

        assertEquals("Reads things", changed.description());
        assertTrue(changed.builtIn());
        assertEquals(Outcome.FAILURE, kit.audit.events("role.deleted").get(0).outcome());
    }

    @Test
    void renamingMovesPoliciesGrantsAndChildRoles() {
        create("Team");
        create("Team Lead", "Team");
        kit.policies.create(new PolicyBody("team reads", "ALLOW", "role:Team", List.of("catalog.view"), null, null,
                null));
        kit.grant("user:alice", "Team");

        kit.roles.update("Team", new RoleBody("Squad", "renamed", List.of()));

        assertEquals(List.of("Squad"), kit.roles.get("Team Lead").parents());
        assertEquals("role:Squad", kit.policies.list("role:Squad").get(0).principal());
        assertEquals("Squad", kit.grants.list("user:alice", null).get(0).role());
        assertTrue(kit.allowed("alice", "catalog.view"));
        Expect.problem("access.role_not_found", 404, () -> kit.roles.get("Team"));
    }

    @Test
    void renamingOntoAnExistingRoleIsAConflict() {
        create("Team");

        Expect.problem("access.duplicate", 409, () -> kit.roles.update("Team", new RoleBody("Viewer", "", null)));
    }

    @Test
    void aRoleInUseCannotBeDeleted() {
        create("Team");
        create("Team Lead", "Team");
        kit.grant("group:finance", "Team Lead");

        Expect.problem("access.role_in_use", 409, () -> kit.roles.delete("Team"));
        Expect.problem("access.role_in_use", 409, () -> kit.roles.delete("Team Lead"));
    }

    @Test
    void deletingARoleDeletesItsOwnPolicies() {
        create("Team");
        kit.policies.create(new PolicyBody("team reads", "ALLOW", "role:Team", List.of("catalog.view"), null, null,
                null));

        kit.roles.delete("Team");

        assertTrue(kit.policies.list("role:Team").isEmpty());
        assertTrue(kit.audit.last("role.deleted").changes().get(0).before().contains("policiesDeleted=1"));
    }

    @Test
    void unknownRolesAreNotFound() {
        Expect.problem("access.role_not_found", 404, () -> kit.roles.get("Nobody"));
        Expect.problem("access.role_not_found", 404, () -> kit.roles.delete("Nobody"));
        Expect.problem("access.role_not_found", 404,
                () -> kit.roles.update("Nobody", new RoleBody(null, "", List.of())));
    }

    @Test
    void onlyRolesWhoseInheritedPermissionsTheCallerHoldsCanBecomeParents() {
        kit.grant("user:alice", "Viewer");
        kit.policies.create(new PolicyBody("alice manages roles", "ALLOW", "user:alice", List.of("role.*"), null,
                null, null));
        kit.as("alice");

        Expect.problem("access.exceeds_rights", 403, () -> create("Shadow Admin", "Admin"));
        RoleView reader = create("Reader", "Viewer");

        assertEquals(List.of("Viewer"), reader.parents());
        assertEquals(Outcome.DENIED, kit.audit.events("role.created").get(0).outcome());
        assertEquals("alice", kit.audit.events("role.created").get(0).actor());
        assertFalse(kit.roles.list().stream().anyMatch(r -> r.name().equals("Shadow Admin")));
    }
}
