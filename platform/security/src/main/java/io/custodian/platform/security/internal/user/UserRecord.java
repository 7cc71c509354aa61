package io.custodian.platform.security.internal.user;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of a stored user, detached from JPA.
 *
 * @param attributes  facts access conditions read as {@code user.<name>} (department, region, ...)
 * @param lockedUntil null when the account was never locked
 * @param lastLoginAt null before the first login
 */
public record UserRecord(String username, String passwordHash, boolean enabled, boolean mustChangePassword,
                         int failedLogins, Instant lockedUntil, String displayName, String email,
                         Map<String, String> attributes, Instant createdAt, Instant lastLoginAt) {

    public UserRecord {
        attributes = Map.copyOf(attributes);
    }

    /** Whether a lock is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Override
    public String toString() {
        // Never the hash, not even in a debug log.
        return "UserRecord[" + username + ", enabled=" + enabled + "]";
    }
}
