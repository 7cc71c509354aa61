package io.custodian.platform.security.internal.realm;

import io.custodian.platform.security.internal.password.Argon2CredentialsMatcher;
import io.custodian.platform.security.internal.user.UserNames;
import io.custodian.platform.security.internal.user.UserRecord;
import io.custodian.platform.security.internal.user.UserStore;
import java.time.Clock;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;

/**
 * Users stored in the kernel database ({@code custodian_user}), passwords as Argon2id hashes.
 * Other identity sources (LDAP, OIDC) become further realms beside this one. The realm only
 * authenticates: what a user may do is decided by the access bundle's policies.
 *
 * <p>Every attempt costs one Argon2 verification, also for unknown, disabled and locked accounts
 * (against a dummy hash), so neither the answer nor its timing tells whether a user exists.
 */
public final class DatabaseRealm extends AuthenticatingRealm {

    /** Realm name, also used for the principal collections of identities it issued. */
    public static final String NAME = "custodian-database";

    private final UserStore users;
    private final String dummyHash;
    private final Clock clock;

    /**
     * @param matcher   checks a password against a stored hash ({@link Argon2CredentialsMatcher})
     * @param dummyHash a hash made with the current settings from a random password nobody knows
     */
    public DatabaseRealm(UserStore users, CredentialsMatcher matcher, String dummyHash, Clock clock) {
        super(matcher);
        this.users = users;
        this.dummyHash = dummyHash;
        this.clock = clock;
        setName(NAME);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        // No cache manager is configured; say so explicitly rather than rely on its absence.
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String name = UserNames.normalise(((UsernamePasswordToken) token).getUsername());
        Optional<UserRecord> user = name.isEmpty() || name.length() > UserNames.MAX_LENGTH
                ? Optional.empty() : users.find(name);
        AccountState state = user.map(AccountState::of).orElseGet(() -> AccountState.unknown(name));
        return new SimpleAuthenticationInfo(state, user.map(UserRecord::passwordHash).orElse(dummyHash), getName());
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        // Verify first, whatever the account's state, so every failure takes the same time.
        boolean matches = getCredentialsMatcher().doCredentialsMatch(token, info);
        AccountState account = (AccountState) info.getPrincipals().getPrimaryPrincipal();
        if (!account.exists()) {
            throw new UnknownAccountException();
        }
        if (!account.enabled()) {
            throw new DisabledAccountException();
        }
        if (account.lockedAt(clock.instant())) {
            throw new LockedAccountException();
        }
        if (!matches) {
            throw new IncorrectCredentialsException();
        }
    }

}
