package io.custodian.platform.security.internal.rest;

import io.custodian.platform.rest.api.ErrorCode;

/**
 * Errors of the authentication endpoints. A locked account answers {@link #INVALID_CREDENTIALS}
 * like a wrong password or an unknown user: a distinct code (or 423) would tell an attacker which
 * user names exist. The lock is visible to administrators in the audit trail ({@code auth.lockout}).
 */
public enum AuthErrorCode implements ErrorCode {
    INVALID_CREDENTIALS("auth.invalid_credentials", 401, "Invalid credentials"),
    AUTHENTICATION_REQUIRED("auth.required", 401, "Authentication required"),
    PASSWORD_POLICY("auth.password_policy", 422, "Password does not meet the policy"),
    REQUEST_INVALID("request.invalid", 400, "Invalid request");

    private final String code;
    private final int status;
    private final String title;

    AuthErrorCode(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
