package io.custodian.platform.security.internal;

import java.time.Duration;

/**
 * The configuration as values, checked.
 *
 * @param sessionTtl       lifetime of a login session
 * @param lockoutThreshold consecutive failures that lock an account
 * @param lockoutDuration  how long a lock lasts
 */
public record SecuritySettings(Duration sessionTtl, int lockoutThreshold, Duration lockoutDuration) {

    /** The shipped defaults: 8 h sessions, 5 failures lock for 5 minutes. */
    public static final SecuritySettings DEFAULTS = new SecuritySettings(Duration.ofHours(8), 5, Duration.ofMinutes(5));

    public SecuritySettings {
        if (sessionTtl.isNegative() || sessionTtl.isZero() || lockoutThreshold < 1
                || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("session TTL, lockout threshold and lockout duration must be positive");
        }
    }

    static SecuritySettings from(SecurityConfig config) {
        return new SecuritySettings(Duration.ofMinutes(config.session_ttl_minutes()), config.lockout_threshold(),
                Duration.ofSeconds(config.lockout_duration_seconds()));
    }
}
