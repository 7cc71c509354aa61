package io.custodian.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.api.ApiKeyPrincipal;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.authz.api.PermissionPattern;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.PasswordPolicyException;
import io.custodian.platform.security.api.SessionToken;
import io.custodian.platform.security.internal.password.Argon2PasswordHasher;
import io.custodian.platform.security.internal.password.Argon2Settings;
import io.custodian.platform.security.internal.testing.EngineAccessDecider;
import io.custodian.platform.security.internal.testing.FixedApiKeys;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.security.internal.testing.SecurityDatabase;
import io.custodian.platform.security.internal.user.UserStore;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityServiceImplTest {

    private static final Argon2Settings CHEAP = new Argon2Settings(1024, 1, 1, 16, 32);
    private static final Origin ORIGIN = new Origin("192.0.2.7", "test", "corr-1");
    private static final SecuritySettings SETTINGS = SecuritySettings.DEFAULTS;

    @TempDir
    Path karafData;

    private JpaTestDatabase db;
    private final RecordingAuditService audit = new RecordingAuditService();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private SecurityServiceImpl service;
    private final EngineAccessDecider decider = new EngineAccessDecider(clock);
    private final FixedApiKeys apiKeys = new FixedApiKeys();

    @BeforeEach
    void setUp() throws Exception {
        db = SecurityDatabase.h2();
        service = start();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.deactivate();
        db.close();
    }

    private SecurityServiceImpl start() {
        return new SecurityServiceImpl(audit, db.emf(), decider, apiKeys, SETTINGS, CHEAP, clock, karafData,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private Path passwordFile() {
        return karafData.resolve("custodian/initial-admin-password");
    }

    private char[] initialPassword() throws Exception {
        return Files.readString(passwordFile()).strip().toCharArray();
    }

    private void addUser(String name, String password, String... roles) {
        new UserStore(db.emf()).create(name, new Argon2PasswordHasher(CHEAP, new SecureRandom())
                .hash(password.toCharArray()), false, clock.instant());
        for (String role : roles) {
            decider.grant(name, role);
        }
    }

    // --- first start

    @Test
    void firstStartCreatesAdminWithAOneTimePasswordInAnOwnerOnlyFile() throws Exception {
        char[] password = initialPassword();

        assertTrue(password.length >= 20);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));
        String shown = console.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains(new String(password)), "the console shows the password once");
        assertTrue(shown.contains(passwordFile().toAbsolutePath().toString()), "and says where the file is");
        assertTrue(service.find("admin").orElseThrow().mustChangePassword());
        assertEquals(Set.of(), service.find("admin").orElseThrow().roles(), "roles come from grants (access bundle)");
    }

    @Test
    void laterStartsCreateNoOneAndPrintNothing() throws Exception {
        char[] password = initialPassword();
        console.reset();

        SecurityServiceImpl again = start();

        assertEquals("", console.toString(StandardCharsets.UTF_8));
        assertEquals(new String(password), new String(initialPassword()));
        again.deactivate();
    }

    @Test
    void aOneTimePasswordOnlyAllowsTheOwnSessionUntilChanged() throws Exception {
        String oneTime = new String(initialPassword());
        Identity admin = service.authenticate("admin", oneTime.toCharArray(), ORIGIN);
        decider.grant("admin", "admin");

        assertFalse(service.authorize(admin, "system.view", ORIGIN).allowed());
        assertTrue(service.authorize(admin, "session.self", ORIGIN).allowed());

        service.changePassword("admin", oneTime.toCharArray(), "a much better passphrase".toCharArray(), ORIGIN);

        assertTrue(service.authorize(admin, "system.view", ORIGIN).allowed());
        assertFalse(Files.exists(passwordFile()), "the initial password file is deleted");
        assertFalse(service.find("admin").orElseThrow().mustChangePassword());
        assertThrows(AuthenticationException.class, () -> service.login("admin", oneTime.toCharArray(), ORIGIN));
        service.login("admin", "a much better passphrase".toCharArray(), ORIGIN);
        AuditEvent changed = audit.last("auth.password_changed");
        assertEquals(Outcome.SUCCESS, changed.outcome());
        assertEquals("admin", changed.actor());
    }

    // --- login and audit

    @Test
    void loginIssuesASessionAndAuditsSuccess() {
        addUser("alice", "alice's password", "viewer");

        SessionToken session = service.login("Alice", "alice's password".toCharArray(), ORIGIN);

        assertEquals("alice", session.user());
        assertEquals(clock.instant().plus(Duration.ofHours(8)), session.expiresAt());
        assertEquals(Identity.user("alice"),
                service.authenticateToken(session.token(), ORIGIN).orElseThrow());
        AuditEvent login = audit.last("auth.login");
        assertEquals(Outcome.SUCCESS, login.outcome());
        assertEquals("alice", login.actor());
        assertEquals(ORIGIN, login.origin());
    }

    @Test
    void failedLoginsSayTheSameForUnknownUsersAndAuditTheNameTriedButNoPassword() {
        addUser("alice", "alice's password", "viewer");

        AuthenticationException wrongPassword = assertThrows(AuthenticationException.class,
                () -> service.login("alice", "not-it".toCharArray(), ORIGIN));
        AuthenticationException unknownUser = assertThrows(AuthenticationException.class,
                () -> service.login("mallory", "not-it".toCharArray(), ORIGIN));

        assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
        AuditEvent failure = audit.last("auth.login");
        assertEquals(Outcome.FAILURE, failure.outcome());
        assertEquals("mallory", failure.actor());
        assertEquals("unknown_user", failure.details().get("reason"));
        assertFalse(audit.events().toString().contains("not-it"), "no password in the audit trail");
    }

    @Test
    void basicAuthenticationIsAuditedAsSuch() {
        addUser("alice", "alice's password", "viewer");

        service.authenticate("alice", "alice's password".toCharArray(), ORIGIN);

        assertEquals("basic", audit.last("auth.login").details().get("method"));
    }

    // --- lockout

    @Test
    void fiveFailuresLockTheAccountForFiveMinutes() {
        addUser("alice", "alice's password", "viewer");
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationException.class, () -> service.login("alice", "wrong".toCharArray(), ORIGIN));
        }

        AuditEvent lockout = audit.last("auth.lockout");
        assertEquals("alice", lockout.actor());
        assertEquals("2025-01-01T00:05:00Z", lockout.details().get("lockedUntil"));
        assertThrows(AuthenticationException.class,
                () -> service.login("alice", "alice's password".toCharArray(), ORIGIN), "locked: even the right one");
        assertEquals("locked", audit.last("auth.login").details().get("reason"));

        clock.advance(Duration.ofMinutes(5));
        service.login("alice", "alice's password".toCharArray(), ORIGIN);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        addUser("alice", "alice's password", "viewer");
        for (int i = 0; i < 4; i++) {
            assertThrows(AuthenticationException.class, () -> service.login("alice", "wrong".toCharArray(), ORIGIN));
        }
        service.login("alice", "alice's password".toCharArray(), ORIGIN);
        for (int i = 0; i < 4; i++) {
            assertThrows(AuthenticationException.class, () -> service.login("alice", "wrong".toCharArray(), ORIGIN));
        }

        service.login("alice", "alice's password".toCharArray(), ORIGIN);
        assertTrue(audit.events("auth.lockout").isEmpty());
    }

    // --- sessions

    @Test
    void tokensExpireAfterTheTtl() {
        addUser("alice", "alice's password", "viewer");
        SessionToken session = service.login("alice", "alice's password".toCharArray(), ORIGIN);

        clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertTrue(service.authenticateToken(session.token(), ORIGIN).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(service.authenticateToken(session.token(), ORIGIN).isEmpty());
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() {
        addUser("alice", "alice's password", "viewer");
        SessionToken session = service.login("alice", "alice's password".toCharArray(), ORIGIN);

        service.logout(session.token(), ORIGIN);
        service.logout("cst_s_unknown", ORIGIN);

        assertTrue(service.authenticateToken(session.token(), ORIGIN).isEmpty());
        assertEquals(1, audit.events("auth.logout").size());
        assertEquals("alice", audit.last("auth.logout").actor());
    }

    @Test
    void aChangedTtlAppliesToNewSessions() {
        addUser("alice", "alice's password", "viewer");
        service.modified(config(30));

        SessionToken session = service.login("alice", "alice's password".toCharArray(), ORIGIN);

        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), session.expiresAt());
    }

    // --- authorisation

    @Test
    void adminMayDoEverything() {
        decider.grant("root", "admin");
        Identity admin = Identity.user("root");

        assertTrue(service.authorize(admin, "system.view", ORIGIN).allowed());
        assertTrue(service.authorize(admin, "dataset.delete:42", ORIGIN).allowed());
    }

    @Test
    void viewerMayOnlyViewAndDenialsAreAudited() {
        decider.grant("alice", "viewer");
        Identity viewer = Identity.user("alice");

        assertTrue(service.authorize(viewer, "system.view", ORIGIN).allowed());
        assertTrue(service.authorize(viewer, "session.self", ORIGIN).allowed());
        AccessDecision denied = service.authorize(viewer, "dataset.edit", ORIGIN);

        assertFalse(denied.allowed());
        AuditEvent event = audit.last("security.permission_denied");
        assertEquals(Outcome.DENIED, event.outcome());
        assertEquals("alice", event.actor());
        assertEquals("permission:dataset.edit", event.resource());
        assertEquals(1, audit.events("security.permission_denied").size());
    }

    @Test
    void unknownRolesOnlyManageTheirOwnSession() {
        decider.grant("bob", "steward");
        Identity steward = Identity.user("bob");

        assertTrue(service.authorize(steward, "session.self", ORIGIN).allowed());
        assertFalse(service.authorize(steward, "system.view", ORIGIN).allowed());
        assertFalse(service.authorize(steward, "not a permission", ORIGIN).allowed());
    }

    // --- API keys

    @Test
    void anApiKeyActsForItsOwnerNarrowedByItsScopes() {
        decider.grant("alice", "admin");
        apiKeys.add("cust_k1_secret", new ApiKeyPrincipal("k1", "alice",
                Set.of(PermissionPattern.parse("catalog.view"))));

        Identity key = service.authenticateToken("cust_k1_secret", ORIGIN).orElseThrow();

        assertEquals("alice", key.name());
        assertEquals("apikey:k1@alice", key.actor());
        assertTrue(service.authorize(key, "catalog.view", ORIGIN).allowed());
        assertFalse(service.authorize(key, "catalog.edit", ORIGIN).allowed(), "outside the key's scopes");
        assertEquals("apikey:k1@alice", audit.last("security.permission_denied").actor());
    }

    @Test
    void aKeyNeverGivesMoreThanItsOwnerHolds() {
        decider.grant("bob", "viewer");
        apiKeys.add("cust_k2_secret", new ApiKeyPrincipal("k2", "bob", Set.of(PermissionPattern.ALL)));

        Identity key = service.authenticateToken("cust_k2_secret", ORIGIN).orElseThrow();

        assertTrue(service.authorize(key, "catalog.view", ORIGIN).allowed());
        assertFalse(service.authorize(key, "catalog.delete", ORIGIN).allowed());
    }

    @Test
    void aKeyCannotHandOutRightsEvenWithTheScopeForIt() {
        decider.grant("alice", "admin");
        apiKeys.add("cust_k3_secret", new ApiKeyPrincipal("k3", "alice", Set.of(PermissionPattern.ALL)));
        Identity key = service.authenticateToken("cust_k3_secret", ORIGIN).orElseThrow();

        assertFalse(service.authorize(key, "apikey.create", ORIGIN).allowed(), "a key could mint a wider key");
        assertFalse(service.authorize(key, "delegation.create", ORIGIN).allowed());
        assertFalse(service.authorize(key, "role.grant", ORIGIN).allowed());
        assertTrue(service.authorize(key, "apikey.view", ORIGIN).allowed());
        assertTrue(service.authorize(Identity.user("alice"), "apikey.create", ORIGIN).allowed());
    }

    @Test
    void anUnknownKeyIsRefusedAndAudited() {
        assertTrue(service.authenticateToken("cust_nope_nope", ORIGIN).isEmpty());

        assertEquals(Outcome.FAILURE, audit.last("auth.apikey_rejected").outcome());
    }

    // --- password change

    @Test
    void passwordChangeEnforcesThePolicy() {
        addUser("alice", "alice's password", "viewer");

        PasswordPolicyException tooShort = assertThrows(PasswordPolicyException.class,
                () -> service.changePassword("alice", "alice's password".toCharArray(), "short".toCharArray(), ORIGIN));
        PasswordPolicyException same = assertThrows(PasswordPolicyException.class, () -> service.changePassword(
                "alice", "alice's password".toCharArray(), "alice's password".toCharArray(), ORIGIN));
        PasswordPolicyException name = assertThrows(PasswordPolicyException.class, () -> service.changePassword(
                "alice", "alice's password".toCharArray(), "ALICE".toCharArray(), ORIGIN));

        assertTrue(tooShort.violations().contains("must be at least 12 characters long"));
        assertTrue(same.violations().contains("must differ from the current password"));
        assertTrue(name.violations().contains("must not be the user name"));
        assertEquals("policy", audit.last("auth.password_changed").details().get("reason"));
        service.login("alice", "alice's password".toCharArray(), ORIGIN);
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        addUser("alice", "alice's password", "viewer");

        assertThrows(AuthenticationException.class, () -> service.changePassword("alice", "wrong".toCharArray(),
                "a brand new passphrase".toCharArray(), ORIGIN));

        AuditEvent failed = audit.last("auth.password_changed");
        assertEquals(Outcome.FAILURE, failed.outcome());
        assertNotEquals("policy", failed.details().get("reason"));
        service.login("alice", "alice's password".toCharArray(), ORIGIN);
    }

    private static SecurityConfig config(long ttlMinutes) {
        return new SecurityConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return SecurityConfig.class;
            }

            @Override
            public long session_ttl_minutes() {
                return ttlMinutes;
            }

            @Override
            public int lockout_threshold() {
                return 5;
            }

            @Override
            public long lockout_duration_seconds() {
                return 300;
            }
        };
    }
}
