package io.custodian.platform.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.access.internal.service.PolicyBody;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.authz.api.ResourceRef;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveAccessDeciderTest {

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
    void unknownUsersAreDenied() {
        Decision decision = kit.decide("mallory", "catalog.view");

        assertFalse(decision.allowed());
        assertEquals(LiveAccessDecider.UNKNOWN_USER, decision.decidedBy());
        assertFalse(kit.decider.holds("mallory", PermissionPattern.parse("catalog.view")));
    }

    @Test
    void withoutADirectoryEveryoneIsUnknownUntilOneIsBound() {
        kit.decider.unbindDirectory(kit.directory);

        assertEquals(LiveAccessDecider.UNKNOWN_USER, kit.decide("admin", "catalog.view").decidedBy());

        kit.decider.bindDirectory(kit.directory);
        assertTrue(kit.allowed("admin", "catalog.view"));
    }

    @Test
    void holdsAsksTheEngineWithoutConditions() {
        kit.policies.create(new PolicyBody("office hours", "ALLOW", "user:alice", List.of("catalog.edit"),
                "request.ip == '10.0.0.1'", null, null));

        assertTrue(kit.decider.holds("admin", PermissionPattern.ALL));
        assertTrue(kit.decider.holds("alice", PermissionPattern.parse("catalog.edit:7")));
        assertFalse(kit.decider.holds("alice", PermissionPattern.parse("catalog.*")));
    }

    @Test
    void apiKeyScopesNarrowTheOwnersRights() {
        Decision scoped = kit.decider.decide("admin", Permission.parse("user.delete"), ResourceRef.NONE, "",
                Set.of(PermissionPattern.parse("catalog.view")));

        assertFalse(scoped.allowed());
        assertEquals("scope", scoped.decidedBy());
    }

    @Test
    void writesSurviveARestart() {
        kit.policies.create(new PolicyBody("alice reads", "ALLOW", "user:alice", List.of("catalog.view"), null, null,
                null));

        LiveAccessDecider restarted = kit.restartedDecider();

        assertTrue(restarted.decide("alice", Permission.parse("catalog.view"), ResourceRef.NONE, "", null).allowed());
    }

    @Test
    void anInvalidStoredModelDeniesEverything() throws Exception {
        kit.db.execute("INSERT INTO custodian_access_role_parent (role_name, parent_name) VALUES ('Viewer', 'Data Steward')");

        LiveAccessDecider restarted = kit.restartedDecider();

        Decision decision = restarted.decide("admin", Permission.parse("catalog.view"), ResourceRef.NONE, "", null);
        assertFalse(decision.allowed());
        assertTrue(restarted.model().roles().isEmpty());
    }

    @Test
    void timeOfDayConditionsReadTheConfiguredZone() {
        // 10:00 UTC is 19:00 in Tokyo.
        kit.policies.create(new PolicyBody("evenings", "ALLOW", "user:alice", List.of("catalog.view"),
                "request.time >= '18:00'", null, null));
        LiveAccessDecider tokyo = new LiveAccessDecider(kit.store, kit.clock, ZoneId.of("Asia/Tokyo"));
        tokyo.bindDirectory(kit.directory);

        assertFalse(kit.allowed("alice", "catalog.view"));
        assertTrue(tokyo.decide("alice", Permission.parse("catalog.view"), ResourceRef.NONE, "", null).allowed());
    }
}
