package io.custodian.platform.access.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.AccessKit;
import io.custodian.platform.access.internal.catalog.CorePermissions;
import io.custodian.platform.access.internal.catalog.PermissionCatalogAccess;
import io.custodian.platform.access.internal.service.CheckRequest;
import io.custodian.platform.access.internal.service.DelegationBody;
import io.custodian.platform.access.internal.service.GrantBody;
import io.custodian.platform.access.internal.service.PolicyBody;
import io.custodian.platform.access.internal.service.RoleBody;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.ErrorCode;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resources answer through the kernel's problem mapping: each failure carries the right code and status. */
class ResourceErrorsTest {

    private AccessKit kit;
    private RoleResource roles;
    private PolicyResource policies;
    private GrantResource grants;
    private DelegationResource delegations;
    private CheckResource checks;

    @BeforeEach
    void setUp() throws Exception {
        kit = new AccessKit();
        roles = new RoleResource(kit.decider, kit.store, kit.audit);
        policies = new PolicyResource(kit.decider, kit.store, kit.audit);
        grants = new GrantResource(kit.decider, kit.store, kit.audit);
        delegations = new DelegationResource(kit.decider, kit.store, kit.audit);
        checks = new CheckResource(kit.decider);
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    @Test
    void unknownIdsAnswer404() {
        Expect.problem("access.role_not_found", 404, () -> roles.get("Nobody"));
        Expect.problem("access.policy_not_found", 404, () -> policies.get("pol_nothing"));
        Expect.problem("access.grant_not_found", 404, () -> grants.revoke("grt_nothing"));
        Expect.problem("access.delegation_not_found", 404, () -> delegations.revoke("dlg_nothing"));
    }

    @Test
    void conflictsAnswer409() {
        Expect.problem("access.duplicate", 409, () -> roles.create(new RoleBody("Viewer", "", List.of())));
        Expect.problem("access.built_in", 409, () -> roles.delete("Admin"));
        Expect.problem("access.built_in", 409, () -> policies.delete("builtin-viewer"));
    }

    @Test
    void invalidInputAnswers400WithFieldErrors() {
        CustodianException cycle = Expect.problem("access.invalid_model", 400,
                () -> roles.update("Viewer", new RoleBody(null, "", List.of("Data Steward"))));
        CustodianException policy = Expect.problem("access.invalid_request", 400,
                () -> policies.create(new PolicyBody("p", "ALLOW", "user:alice", List.of("nope"), null, null, null)));
        CustodianException check = Expect.problem("access.invalid_request", 400,
                () -> checks.check(new CheckRequest("alice", "", null, null)));

        assertTrue(cycle.getMessage().contains("Viewer -> "), cycle.getMessage());
        assertEquals(List.of("permissions[0]"), Expect.fields(policy));
        assertEquals(List.of("permission"), Expect.fields(check));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) check.extensions().get("errors")).get(0);
        assertEquals(List.of("field", "message"), List.copyOf(error.keySet()));
    }

    @Test
    void exceedingOnesRightsAnswers403() {
        kit.grant("user:alice", "Viewer");
        kit.as("alice");

        Expect.problem("access.delegation_exceeds_rights", 403, () -> delegations.create(new DelegationBody("bob",
                List.of("datasource.scan"), null, AccessKit.START.plus(Duration.ofDays(1)).toString())));
        kit.as("admin");
        kit.policies.create(new PolicyBody("alice grants", "ALLOW", "user:alice", List.of("role.grant"), null, null,
                null));
        kit.as("alice");
        Expect.problem("access.exceeds_rights", 403, () -> grants.create(new GrantBody("user:bob", "Admin", null,
                null)));
    }

    @Test
    void aCallWithoutAnAuthenticatedUserAnswers401() {
        Caller.unbind();

        Expect.problem("access.caller_required", 401, () -> delegations.list());
    }

    @Test
    void everyErrorCodeIsDottedUniqueAndInTheAccessDomain() throws Exception {
        List<String> codes = new ArrayList<>();
        // The codes are constants of a class, not enum values: every public field is one.
        for (Field field : AccessErrorCode.class.getFields()) {
            codes.add(((ErrorCode) field.get(null)).code());
        }

        assertTrue(codes.contains("access.caller_required"), codes.toString());

        assertEquals(codes.size(), codes.stream().distinct().count());
        assertTrue(codes.stream().allMatch(c -> c.matches("access\\.[a-z_]+")), codes.toString());
    }

    @Test
    void thePermissionListComesFromTheCatalog() {
        PermissionResource resource = new PermissionResource(PermissionCatalogAccess.with(new CorePermissions()));

        assertEquals(new CorePermissions().permissions().size(), resource.list().size());
        assertEquals("apikey.admin", resource.list().get(0).name());
    }
}
