package io.custodian.platform.security.internal.admin;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of user and group administration under {@code /api/v1/security/users} and {@code /groups}. */
public enum AdminErrorCode implements ErrorCode {
    INVALID_REQUEST("security.invalid_request", 400, "Invalid request"),
    USER_NOT_FOUND("security.user_not_found", 404, "No such user"),
    GROUP_NOT_FOUND("security.group_not_found", 404, "No such group"),
    DUPLICATE("security.duplicate", 409, "Already exists"),
    SELF_LOCKOUT("security.self_lockout", 409, "You cannot disable or delete yourself");

    private final String code;
    private final int status;
    private final String title;

    AdminErrorCode(String code, int status, String title) {
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
