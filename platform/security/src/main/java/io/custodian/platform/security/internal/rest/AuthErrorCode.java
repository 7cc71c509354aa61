package io.custodian.platform.security.internal.rest;

import io.custodian.platform.rest.api.ErrorCode;

/**
 * Errors of the authentication endpoints. A locked account answers {@link #INVALID_CREDENTIALS}
 * like a wrong password or an unknown user: a distinct code (or 423) would tell an attacker which
 * user names exist. The lock is visible to administrators in the audit trail ({@code auth.lockout}).
 */
public final class AuthErrorCode {
    public static final ErrorCode INVALID_CREDENTIALS = ErrorCode.of("auth.invalid_credentials", 401,
            "Invalid credentials");
    public static final ErrorCode AUTHENTICATION_REQUIRED = ErrorCode.of("auth.required", 401,
            "Authentication required");
    public static final ErrorCode PASSWORD_POLICY = ErrorCode.of("auth.password_policy", 422,
            "Password does not meet the policy");
    public static final ErrorCode REQUEST_INVALID = ErrorCode.of("request.invalid", 400, "Invalid request");

    private AuthErrorCode() {
    }
}
