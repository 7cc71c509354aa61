package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.ApiKeysConfig;

/**
 * Lifetime rules for new keys, from configuration {@code io.custodian.platform.apikeys}.
 *
 * @param maxLifetimeDays how far ahead {@code expiresAt} may be; 0 for no maximum
 * @param requireExpiry   whether {@code expiresAt} is required
 */
public record KeyRules(int maxLifetimeDays, boolean requireExpiry) {

    /** The shipped defaults: at most 365 days, expiry optional. */
    public static final KeyRules DEFAULT = new KeyRules(365, false);

    public static KeyRules from(ApiKeysConfig config) {
        return new KeyRules(Math.max(0, config.max_lifetime_days()), config.require_expiry());
    }
}
