package io.custodian.platform.security.internal.rest;

/**
 * Answer of a successful login.
 *
 * @param token     bearer token for {@code Authorization: Bearer <token>}
 * @param expiresAt ISO-8601 instant after which the token is refused
 * @param user      the account logged in
 */
public record LoginResponse(String token, String expiresAt, UserView user) {
    @Override
    public String toString() {
        return "LoginResponse[user=" + user + ", expiresAt=" + expiresAt + "]";
    }
}
