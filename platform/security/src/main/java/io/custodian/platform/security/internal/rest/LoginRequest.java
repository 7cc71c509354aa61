package io.custodian.platform.security.internal.rest;

/** Body of {@code POST /auth/login}. */
public record LoginRequest(String username, char[] password) {
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
