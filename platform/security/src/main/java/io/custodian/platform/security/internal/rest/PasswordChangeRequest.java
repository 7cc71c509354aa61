package io.custodian.platform.security.internal.rest;

/** Body of {@code POST /auth/password}. */
public record PasswordChangeRequest(char[] oldPassword, char[] newPassword) {
    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
