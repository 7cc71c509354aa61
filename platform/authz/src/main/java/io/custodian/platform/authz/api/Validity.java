package io.custodian.platform.authz.api;

import java.time.Instant;

/**
 * When a policy, grant or delegation is in force: from {@code from} (inclusive) until
 * {@code until} (exclusive). A missing bound is open.
 *
 * @param from  start, or {@code null} for "since ever"
 * @param until end, or {@code null} for "no expiry"
 */
public record Validity(Instant from, Instant until) {

    /** Always in force. */
    public static final Validity ALWAYS = new Validity(null, null);

    public Validity {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("validUntil must be after validFrom");
        }
    }

    /** Whether it is in force at {@code instant}. */
    public boolean isActiveAt(Instant instant) {
        return (from == null || !instant.isBefore(from)) && (until == null || instant.isBefore(until));
    }

    /** Whether it ended at or before {@code instant}. */
    public boolean hasExpiredAt(Instant instant) {
        return until != null && !instant.isBefore(until);
    }
}
