package io.custodian.platform.security.internal.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.security.internal.password.Argon2CredentialsMatcher;
import io.custodian.platform.security.internal.password.Argon2PasswordHasher;
import io.custodian.platform.security.internal.password.Argon2Settings;
import io.custodian.platform.testkit.MutableClock;
import io.custodian.platform.security.internal.testing.SecurityDatabase;
import io.custodian.platform.security.internal.user.UserStore;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseRealmTest {

    private JpaTestDatabase db;
    private UserStore users;
    private DatabaseRealm realm;
    private final AtomicInteger verifications = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        db = SecurityDatabase.h2();
        users = new UserStore(db.emf());
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Settings(1024, 1, 1, 16, 32), new SecureRandom());
        CredentialsMatcher argon2 = new Argon2CredentialsMatcher(hasher);
        CredentialsMatcher counting = (AuthenticationToken token, AuthenticationInfo info) -> {
            verifications.incrementAndGet();
            return argon2.doCredentialsMatch(token, info);
        };
        realm = new DatabaseRealm(users, counting, hasher.hash("nobody knows this".toCharArray()), clock);
        users.create("alice", hasher.hash("alice's password".toCharArray()), false, clock.instant());
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    @Test
    void acceptsTheRightPasswordCaseInsensitiveName() {
        AuthenticationInfo info = realm.getAuthenticationInfo(token(" Alice ", "alice's password"));

        AccountState account = (AccountState) info.getPrincipals().getPrimaryPrincipal();
        assertEquals("alice", account.username());
        assertTrue(account.exists());
    }

    @Test
    void verifiesAHashEvenForUnknownUsers() {
        assertThrows(UnknownAccountException.class, () -> realm.getAuthenticationInfo(token("mallory", "guess")));
        assertEquals(1, verifications.get());
    }

    @Test
    void verifiesAHashEvenForLockedAccountsAndRefusesTheRightPassword() {
        users.recordFailure("alice", clock.instant(), 1, Duration.ofMinutes(5));

        assertThrows(LockedAccountException.class,
                () -> realm.getAuthenticationInfo(token("alice", "alice's password")));
        assertEquals(1, verifications.get());
    }

    @Test
    void refusesAWrongPassword() {
        assertThrows(IncorrectCredentialsException.class,
                () -> realm.getAuthenticationInfo(token("alice", "wrong")));
    }

    @Test
    void treatsOverlongNamesAsUnknownWithoutQuerying() {
        assertThrows(UnknownAccountException.class,
                () -> realm.getAuthenticationInfo(token("a".repeat(500), "x")));
        assertEquals(1, verifications.get());
    }

    private static UsernamePasswordToken token(String user, String password) {
        return new UsernamePasswordToken(user, password.toCharArray());
    }
}
