package io.custodian.platform.security.internal.realm;

import io.custodian.platform.security.internal.user.UserRecord;
import java.time.Instant;

/**
 * The principal the database realm hands to Shiro: who tried to log in and the state of that
 * account, without the password hash.
 *
 * @param exists false for a name no user has (the realm still checks a dummy hash for it)
 */
public record AccountState(String username, boolean exists, boolean enabled,
                           boolean mustChangePassword, Instant lockedUntil) {

    static AccountState of(UserRecord user) {
        return new AccountState(user.username(), true, user.enabled(), user.mustChangePassword(),
                user.lockedUntil());
    }

    static AccountState unknown(String username) {
        return new AccountState(username, false, false, false, null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
