package io.custodian.platform.security.internal.realm;

import io.custodian.platform.security.internal.user.UserNames;
import io.custodian.platform.security.internal.user.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;

/**
 * Checks a user name and password through Shiro and keeps the lockout count: consecutive
 * failures of an existing account lock it, a success clears the count.
 */
public final class PasswordAuthenticator {

    /**
     * What one check produced.
     *
     * @param account     the account on success; on failure only the name tried
     * @param failure     null on success
     * @param lockedUntil set when this failure locked the account
     */
    public record Outcome(AccountState account, FailureReason failure, Optional<Instant> lockedUntil) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private final SecurityManager shiro;
    private final UserStore users;
    private final Clock clock;

    public PasswordAuthenticator(SecurityManager shiro, UserStore users, Clock clock) {
        this.shiro = shiro;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Checks the password. The caller keeps ownership of {@code password} (it is not cleared here).
     *
     * @param lockoutThreshold consecutive failures that lock the account
     * @param lockDuration     how long a lock lasts
     */
    public Outcome check(String username, char[] password, int lockoutThreshold, Duration lockDuration) {
        String name = UserNames.normalise(username);
        UsernamePasswordToken token = new UsernamePasswordToken(name, password);
        try {
            AuthenticationInfo info = shiro.authenticate(token);
            AccountState account = (AccountState) info.getPrincipals().getPrimaryPrincipal();
            users.recordSuccess(account.username(), clock.instant());
            return new Outcome(account, null, Optional.empty());
        } catch (UnknownAccountException e) {
            return failed(name, FailureReason.UNKNOWN_USER, Optional.empty());
        } catch (LockedAccountException e) {
            return failed(name, FailureReason.LOCKED, Optional.empty());
        } catch (DisabledAccountException e) {
            return failed(name, FailureReason.DISABLED, Optional.empty());
        } catch (IncorrectCredentialsException e) {
            Optional<Instant> locked = users.recordFailure(name, clock.instant(), lockoutThreshold, lockDuration);
            return failed(name, FailureReason.BAD_PASSWORD, locked);
        } catch (AuthenticationException e) {
            // Shiro wraps anything a realm throws (a database outage, say) in a plain
            // AuthenticationException; that is an error of the platform, not a failed login.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Outcome failed(String name, FailureReason reason, Optional<Instant> lockedUntil) {
        return new Outcome(AccountState.unknown(name), reason, lockedUntil);
    }
}
