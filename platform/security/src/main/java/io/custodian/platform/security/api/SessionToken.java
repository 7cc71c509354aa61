package io.custodian.platform.security.api;

import java.time.Instant;

/**
 * A session issued by a successful login. The token value is shown to the caller once and kept
 * by the platform only as a hash.
 *
 * @param token     opaque bearer token, sent as {@code Authorization: Bearer <token>}
 * @param user      whom it authenticates
 * @param expiresAt when it stops being accepted
 */
public record SessionToken(String token, String user, Instant expiresAt) {
    @Override
    public String toString() {
        // Never let the token reach a log line through toString().
        return "SessionToken[user=" + user + ", expiresAt=" + expiresAt + "]";
    }
}
