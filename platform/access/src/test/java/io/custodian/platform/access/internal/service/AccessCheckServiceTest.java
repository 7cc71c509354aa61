package io.custodian.platform.access.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.AccessKit;
import io.custodian.platform.access.internal.testing.Expect;
import io.custodian.platform.rest.api.CustodianException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessCheckServiceTest {

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
    void explainsWhichPolicyDecidedAndTheEffectiveRoles() {
        kit.grant("group:finance", "Data Steward");

        CheckResponse response = kit.checks.check(new CheckRequest("carol", "catalog.view", null, "10.0.0.1"));

        assertTrue(response.allowed());
        assertEquals("builtin-viewer", response.decidedBy());
        assertTrue(response.reason().contains("builtin-viewer") || response.reason().contains("Viewer"),
                response.reason());
        assertEquals(List.of("Data Analyst", "Data Steward", "Viewer"), response.effectiveRoles());
    }

    @Test
    void explainsADenyThatBeatsAnAllow() {
        kit.grant("user:alice", "Viewer");
        PolicyView deny = kit.policies.create(new PolicyBody("not from outside", "DENY", "user:alice",
                List.of("catalog.*"), "not cidr(request.ip, '10.0.0.0/8')", null, null));

        CheckResponse outside = kit.checks.check(new CheckRequest("alice", "catalog.view", null, "192.0.2.1"));
        CheckResponse inside = kit.checks.check(new CheckRequest("alice", "catalog.view", null, "10.1.2.3"));

        assertFalse(outside.allowed());
        assertEquals(deny.id(), outside.decidedBy());
        assertTrue(inside.allowed());
        assertEquals("builtin-viewer", inside.decidedBy());
    }

    @Test
    void unknownUsersAreDeniedWithoutRoles() {
        CheckResponse response = kit.checks.check(new CheckRequest("mallory", "catalog.view", null, null));

        assertFalse(response.allowed());
        assertEquals("unknown-user", response.decidedBy());
        assertEquals(List.of(), response.effectiveRoles());
    }

    @Test
    void aResourceAttributeReachesTheCondition() {
        kit.policies.create(new PolicyBody("public only", "ALLOW", "user:bob", List.of("catalog.view"),
                "resource.classification == 'public'", null, null));

        CheckResponse open = kit.checks.check(new CheckRequest("bob", "catalog.view:t1",
                new CheckRequest.Resource("t1", Map.of("classification", "public")), null));
        CheckResponse secret = kit.checks.check(new CheckRequest("bob", "catalog.view:t2",
                new CheckRequest.Resource("t2", Map.of("classification", "secret", "tags", List.of("pii"))), null));

        assertTrue(open.allowed());
        assertFalse(secret.allowed());
    }

    @Test
    void malformedQuestionsAreRefusedFieldByField() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("nested", Map.of("a", 1));
        CustodianException e = Expect.problem("access.invalid_request", 400, () -> kit.checks.check(
                new CheckRequest(" ", "catalog.*", new CheckRequest.Resource("x", bad), null)));

        assertEquals(List.of("user", "permission", "resource.attributes.nested"), Expect.fields(e));
        Expect.problem("access.invalid_request", 400, () -> kit.checks.check(null));
    }
}
