package io.custodian.platform.authz.engine;

import static io.custodian.platform.authz.engine.TestModel.NOW;
import static io.custodian.platform.authz.engine.TestModel.request;
import static io.custodian.platform.authz.engine.TestModel.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.InvalidModelException;
import io.custodian.platform.authz.api.ResourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void denyViaGroupBeatsAllowViaRole() {
        PolicyEngine engine = new TestModel()
                .role("Steward")
                .allow("a-allow", "role:Steward", "datasource.*")
                .deny("z-deny", "group:contractors", "datasource.delete")
                .grant("user:alice", "Steward").engine();

        Decision decision = engine.decide(request(user("alice", "contractors"), "datasource.delete"));

        assertFalse(decision.allowed());
        assertEquals("z-deny", decision.decidedBy());
        assertTrue(decision.reason().contains("group:contractors"), decision.reason());
        assertTrue(engine.decide(request(user("alice", "contractors"), "datasource.view")).allowed());
        assertTrue(engine.decide(request(user("alice"), "datasource.delete")).allowed());
    }

    @Test
    void denyOnInheritedRoleBeatsAllowOnTheUser() {
        PolicyEngine engine = new TestModel()
                .role("Base").role("Auditor", "Base")
                .deny("d-base", "role:Base", "*.delete")
                .allow("a-user", "user:bob", "glossary.term.delete")
                .grant("user:bob", "Auditor").engine();

        Decision decision = engine.decide(request(user("bob"), "glossary.term.delete"));

        assertFalse(decision.allowed());
        assertEquals("d-base", decision.decidedBy());
    }

    @Test
    void roleGrantedToAGroupReachesItsMembers() {
        PolicyEngine engine = new TestModel()
                .role("Analyst")
                .allow("p-profile", "role:Analyst", "profile.run")
                .grant("group:finance", "Analyst").engine();

        assertTrue(engine.decide(request(user("carol", "finance"), "profile.run")).allowed());
        assertFalse(engine.decide(request(user("carol", "hr"), "profile.run")).allowed());
        assertEquals(Set.of("Analyst"), engine.effectiveRoles(user("carol", "finance"), NOW));
    }

    @Test
    void policiesOnUsersAndGroupsApplyDirectly() {
        PolicyEngine engine = new TestModel()
                .allow("p-user", "user:dan", "report.export")
                .allow("p-group", "group:ops", "job.run").engine();

        assertEquals("p-user", engine.decide(request(user("dan"), "report.export")).decidedBy());
        assertEquals("p-group", engine.decide(request(user("eve", "ops"), "job.run")).decidedBy());
        assertFalse(engine.decide(request(user("eve"), "report.export")).allowed());
    }

    @Test
    void nothingAllowsMeansDefaultDeny() {
        PolicyEngine engine = new TestModel().allow("p", "user:dan", "report.export").engine();

        Decision decision = engine.decide(request(user("dan"), "report.delete"));

        assertFalse(decision.allowed());
        assertEquals("default", decision.decidedBy());
        assertTrue(decision.reason().contains("report.delete"), decision.reason());
    }

    @Test
    void emptyModelDeniesEverything() {
        PolicyEngine engine = PolicyEngine.compile(AccessModel.EMPTY, null);

        assertEquals("default", engine.decide(request(user("root"), "system.configure")).decidedBy());
    }

    @Test
    void firstPolicyByIdDecidesAmongSeveral() {
        PolicyEngine engine = new TestModel()
                .allow("p-2", "group:ops", "job.run")
                .allow("p-1", "user:eve", "job.*")
                .allow("p-3", "user:eve", "*")
                .deny("d-9", "user:eve", "job.kill")
                .deny("d-5", "group:ops", "*.kill").engine();

        assertEquals("p-1", engine.decide(request(user("eve", "ops"), "job.run")).decidedBy());
        assertEquals("d-5", engine.decide(request(user("eve", "ops"), "job.kill")).decidedBy());
    }

    @Test
    void reasonNamesThePolicyAndItsPrincipal() {
        PolicyEngine engine = new TestModel().role("Viewer")
                .allow("p-view", "role:Viewer", "catalog.view")
                .grant("user:amy", "Viewer").engine();

        Decision decision = engine.decide(request(user("amy"), "catalog.view"));

        assertTrue(decision.reason().contains("name of p-view"), decision.reason());
        assertTrue(decision.reason().contains("role:Viewer"), decision.reason());
    }

    @Test
    void resourceSpecificPatternMatchesOnlyThatResource() {
        PolicyEngine engine = new TestModel().allow("p-42", "user:amy", "datasource.scan:42").engine();

        assertTrue(engine.decide(request(user("amy"), "datasource.scan:42")).allowed());
        assertFalse(engine.decide(request(user("amy"), "datasource.scan:43")).allowed());
        assertFalse(engine.decide(request(user("amy"), "datasource.scan")).allowed());
    }

    @Test
    void wildcardDomainPatternsApplyAcrossDomains() {
        PolicyEngine engine = new TestModel().allow("p-views", "user:amy", "*.view").engine();

        assertTrue(engine.decide(request(user("amy"), "glossary.term.view")).allowed());
        assertTrue(engine.decide(request(user("amy"), "datasource.view:7")).allowed());
        assertFalse(engine.decide(request(user("amy"), "datasource.edit")).allowed());
    }

    @Test
    void conditionGatesItsPolicy() {
        PolicyEngine engine = new TestModel()
                .allowIf("p-own", "group:staff", "resource.owner == user.name", "document.edit").engine();
        ResourceRef owned = new ResourceRef("9", Map.of("owner", "amy"));

        assertTrue(engine.decide(request(user("amy", "staff"), "document.edit:9", owned)).allowed());
        assertFalse(engine.decide(request(user("ben", "staff"), "document.edit:9", owned)).allowed());
        assertFalse(engine.decide(request(user("amy", "staff"), "document.edit:9", ResourceRef.NONE)).allowed());
    }

    @Test
    void denyWhoseConditionDoesNotHoldLeavesTheAllow() {
        PolicyEngine engine = new TestModel()
                .allow("a", "group:staff", "document.view")
                .denyIf("d-pii", "group:staff", "resource.tags contains 'pii'", "document.view").engine();
        ResourceRef plain = new ResourceRef("1", Map.of("tags", List.of("public")));
        ResourceRef pii = new ResourceRef("2", Map.of("tags", List.of("pii")));

        assertEquals("a", engine.decide(request(user("amy", "staff"), "document.view:1", plain)).decidedBy());
        assertEquals("d-pii", engine.decide(request(user("amy", "staff"), "document.view:2", pii)).decidedBy());
    }

    @Test
    void conditionThatDoesNotParseRejectsTheModelNamingPolicyAndPosition() {
        TestModel model = new TestModel().allowIf("p-broken", "user:amy", "user.name = 'amy'", "catalog.view");

        InvalidModelException e = assertThrows(InvalidModelException.class, model::engine);

        assertTrue(e.getMessage().contains("p-broken"), e.getMessage());
        assertTrue(e.getMessage().contains("position 10"), e.getMessage());
    }

    @Test
    void duplicatePolicyIdIsRejected() {
        TestModel model = new TestModel().allow("p", "user:a", "x.view").allow("p", "user:b", "x.view");

        assertThrows(InvalidModelException.class, model::engine);
    }

    @Test
    void directoryIsNotAskedWhenNoDelegationIsWeighed() {
        TestModel.Directory directory = new TestModel.Directory(user("bob"));
        PolicyEngine engine = new TestModel().allow("p", "user:amy", "catalog.view").engine(directory);

        engine.decide(request(user("amy"), "catalog.view"));
        engine.decide(request(user("amy"), "catalog.edit"));

        assertEquals(0, directory.lookups);
    }
}
