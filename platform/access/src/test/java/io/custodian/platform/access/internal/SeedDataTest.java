package io.custodian.platform.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.catalog.CorePermissions;
import io.custodian.platform.access.internal.service.GrantView;
import io.custodian.platform.access.internal.service.PolicyView;
import io.custodian.platform.access.internal.service.RoleView;
import io.custodian.platform.authz.api.PermissionInfo;
import io.custodian.platform.authz.api.PermissionPattern;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedDataTest {

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
    void seedsTheFiveBuiltInRolesWithTheirHierarchy() {
        List<RoleView> roles = kit.roles.list();

        assertEquals(List.of(
                new RoleView("Admin", roles.get(0).description(), List.of(), true),
                new RoleView("Compliance Officer", roles.get(1).description(), List.of("Viewer"), true),
                new RoleView("Data Analyst", roles.get(2).description(), List.of("Viewer"), true),
                new RoleView("Data Steward", roles.get(3).description(), List.of("Data Analyst"), true),
                new RoleView("Viewer", roles.get(4).description(), List.of(), true)), roles);
        assertTrue(roles.stream().noneMatch(r -> r.description().isBlank()));
    }

    @Test
    void seedsOneBuiltInPolicyPerRoleAndTheInitialAdminGrant() {
        List<String> ids = kit.policies.list(null).stream().filter(PolicyView::builtIn).map(PolicyView::id).sorted()
                .toList();
        List<GrantView> grants = kit.grants.list(null, null);

        assertEquals(List.of("builtin-admin", "builtin-compliance-officer", "builtin-data-analyst",
                "builtin-data-steward", "builtin-viewer"), ids);
        assertEquals(List.of("*"), kit.policies.get("builtin-admin").permissions());
        assertEquals(1, grants.size());
        assertEquals("grt_initial_admin", grants.get(0).id());
        assertEquals("user:admin", grants.get(0).principal());
        assertEquals("Admin", grants.get(0).role());
    }

    @Test
    void initialAdminMayDoEverythingThroughTheAdminPolicy() {
        assertEquals("builtin-admin", kit.decide("admin", "role.grant").decidedBy());
        assertTrue(kit.allowed("admin", "datasource.scan:42"));
        assertTrue(kit.allowed("admin", "glossary.term.delete"));
        assertFalse(kit.allowed("alice", "datasource.view"));
    }

    @Test
    void dataStewardInheritsAnalystAndViewerPermissions() {
        kit.grant("user:alice", "Data Steward");

        assertEquals("builtin-viewer", kit.decide("alice", "catalog.view").decidedBy());
        assertEquals("builtin-data-analyst", kit.decide("alice", "catalog.lineage").decidedBy());
        assertEquals("builtin-data-steward", kit.decide("alice", "datasource.scan:42").decidedBy());
        assertFalse(kit.allowed("alice", "classification.approve"));
        assertFalse(kit.allowed("alice", "role.view"));
    }

    @Test
    void complianceOfficerGetsComplianceAndAuditButNoLineage() {
        kit.grant("user:bob", "Compliance Officer");

        assertTrue(kit.allowed("bob", "compliance.approve"));
        assertTrue(kit.allowed("bob", "audit.view"));
        assertTrue(kit.allowed("bob", "classification.approve"));
        assertTrue(kit.allowed("bob", "apikey.create"));
        assertFalse(kit.allowed("bob", "catalog.lineage"));
        assertFalse(kit.allowed("bob", "datasource.scan"));
    }

    @Test
    void builtInPoliciesNameOnlyPermissionsOfTheCoreSet() {
        Set<String> core = new CorePermissions().permissions().stream().map(PermissionInfo::name)
                .collect(Collectors.toSet());
        for (PolicyView policy : kit.policies.list(null)) {
            for (String text : policy.permissions()) {
                PermissionPattern pattern = PermissionPattern.parse(text);
                assertTrue(core.stream().anyMatch(name -> pattern.implies(PermissionPattern.parse(name))),
                        policy.id() + " names " + text + " which no core permission matches");
                if (!text.contains("*")) {
                    assertTrue(core.contains(text), policy.id() + " names unknown permission " + text);
                }
            }
        }
    }
}
