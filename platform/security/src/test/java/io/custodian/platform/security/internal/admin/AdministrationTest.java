package io.custodian.platform.security.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.AuditChanges;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.security.internal.admin.GroupAdministration.GroupRequest;
import io.custodian.platform.security.internal.password.Argon2Settings;
import io.custodian.platform.security.internal.testing.EngineAccessDecider;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.security.internal.testing.SecurityDatabase;
import io.custodian.platform.security.internal.user.UserDirectory;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdministrationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RecordingAuditService audit = new RecordingAuditService();
    private final EngineAccessDecider decider = new EngineAccessDecider(clock);
    private JpaTestDatabase db;
    private UserDirectory directory;
    private UserAdministration users;
    private GroupAdministration groups;

    @BeforeEach
    void setUp() throws Exception {
        db = SecurityDatabase.h2();
        directory = new UserDirectory(db.emf(), clock);
        users = new UserAdministration(db.emf(), directory, decider, audit, new Argon2Settings(1024, 1, 1, 16, 32), clock);
        groups = new GroupAdministration(db.emf(), directory, audit, clock);
        Caller.bind(new Caller(Optional.of("root"), new Origin("192.0.2.1", "test", "c-1")));
    }

    @AfterEach
    void tearDown() throws Exception {
        Caller.unbind();
        db.close();
    }

    private UserDetails alice() {
        return users.create(new UserRequests.Create("Alice", "a temporary passphrase".toCharArray(), "Alice A.",
                "alice@example.org", Map.of("department", "finance", "region", "eu")));
    }

    @Test
    void aCreatedUserMustChangeTheTemporaryPasswordAndConditionsSeeTheirAttributes() {
        UserDetails created = alice();

        assertEquals("alice", created.username());
        assertTrue(created.mustChangePassword());
        Subject subject = directory.find("alice").orElseThrow();
        assertEquals("finance", subject.attributes().get("department"));
        AuditEvent event = audit.last("user.created");
        assertEquals("root", event.actor());
        assertEquals("user:alice", event.resource());
        assertTrue(event.changes().stream().anyMatch(c -> c.field().equals("email")));
    }

    @Test
    void duplicatesAndBadInputAreRefusedWithTheirCodesAndNothingIsStored() {
        alice();

        CustodianException duplicate = assertThrows(CustodianException.class, this::alice);
        CustodianException invalid = assertThrows(CustodianException.class, () -> users.create(
                new UserRequests.Create("bob", "short".toCharArray(), null, "not-an-email",
                        Map.of("Bad Name", "x", "groups", "admins"))));

        assertEquals(AdminErrorCode.DUPLICATE, duplicate.errorCode());
        assertEquals(AdminErrorCode.INVALID_REQUEST, invalid.errorCode());
        List<?> errors = (List<?>) invalid.extensions().get("errors");
        assertEquals(4, errors.size(), errors.toString());
        assertEquals(List.of("alice"), users.list().stream().map(UserDetails::username).toList());
    }

    @Test
    void disablingAUserTakesEffectAtOnceForAccessDecisions() {
        alice();
        assertTrue(directory.find("alice").isPresent());

        users.update("alice", new UserRequests.Update(null, null, null, false));

        assertTrue(directory.find("alice").isEmpty(), "the directory cache was cleared");
        assertFalse(users.get("alice").enabled());
    }

    @Test
    void nobodyCanDisableOrDeleteThemselves() {
        alice();
        Caller.bind(new Caller(Optional.of("alice"), Origin.SYSTEM));

        CustodianException disable = assertThrows(CustodianException.class,
                () -> users.update("alice", new UserRequests.Update(null, null, null, false)));
        CustodianException delete = assertThrows(CustodianException.class, () -> users.delete("alice"));

        assertEquals(AdminErrorCode.SELF_LOCKOUT, disable.errorCode());
        assertEquals(AdminErrorCode.SELF_LOCKOUT, delete.errorCode());
        assertTrue(users.get("alice").enabled());
    }

    @Test
    void aPasswordResetIsAuditedWithoutThePassword() {
        alice();

        users.resetPassword("alice", new UserRequests.ResetPassword("another temporary one".toCharArray()));

        AuditEvent reset = audit.last("user.password_reset");
        assertEquals(AuditChanges.REDACTED, reset.changes().get(0).after());
        assertTrue(users.get("alice").mustChangePassword());
    }

    @Test
    void groupMembershipReachesTheDirectoryAndUnknownMembersAreRefused() {
        alice();
        groups.create(new GroupRequest("finance", "Finance team", List.of("alice")));

        assertEquals(Set.of("finance"), directory.find("alice").orElseThrow().groups());
        CustodianException unknown = assertThrows(CustodianException.class,
                () -> groups.update("finance", new GroupRequest(null, null, List.of("alice", "mallory"))));
        assertEquals(AdminErrorCode.INVALID_REQUEST, unknown.errorCode());
        assertEquals(List.of("alice"), groups.get("finance").members());

        groups.delete("finance");
        assertEquals(Set.of(), directory.find("alice").orElseThrow().groups());
        assertEquals(AdminErrorCode.GROUP_NOT_FOUND,
                assertThrows(CustodianException.class, () -> groups.get("finance")).errorCode());
    }

    @Test
    void deletingAUserRemovesTheirMemberships() {
        alice();
        groups.create(new GroupRequest("finance", "", List.of("alice")));

        users.delete("alice");

        assertEquals(List.of(), groups.get("finance").members());
        assertEquals(AdminErrorCode.USER_NOT_FOUND,
                assertThrows(CustodianException.class, () -> users.get("alice")).errorCode());
    }
}
