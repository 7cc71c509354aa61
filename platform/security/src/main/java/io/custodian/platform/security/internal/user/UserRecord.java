package io.custodian.platform.security.internal.user;

import java.time.Instant;
import java.util.Set;

/**
 * A snapshot of a stored user, detached from JPA.
 *
 * @param lockedUntil null when the account was never locked
 */
public record UserRecord(String username, String passwordHash, Set<String> roles, boolean enabled,
                         boolean mustChangePassword, int failedLogins, Instant lockedUntil) {

    public UserRecord {
        roles = Set.copyOf(roles);
    }

    /** Whether a lock is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Override
    public String toString() {
        return "UserRecord[" + username + ", roles=" + roles + "]";
    }
}
