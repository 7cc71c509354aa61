package io.custodian.platform.apikeys.internal.service;

/** Whether a key works. */
public enum ApiKeyStatus {
    /** Authenticates (as long as its owner is an enabled user). */
    ACTIVE,
    /** Its {@code expiresAt} has passed. */
    EXPIRED,
    /** Revoked; it never works again. */
    REVOKED
}
