package io.custodian.platform.security.internal.admin;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of user and group administration under {@code /api/v1/security/users} and {@code /groups}. */
public final class AdminErrorCode {
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("security.invalid_request", 400, "Invalid request");
    public static final ErrorCode USER_NOT_FOUND = ErrorCode.of("security.user_not_found", 404, "No such user");
    public static final ErrorCode GROUP_NOT_FOUND = ErrorCode.of("security.group_not_found", 404, "No such group");
    public static final ErrorCode DUPLICATE = ErrorCode.of("security.duplicate", 409, "Already exists");
    public static final ErrorCode SELF_LOCKOUT = ErrorCode.of("security.self_lockout", 409,
            "You cannot disable or delete yourself");

    private AdminErrorCode() {
    }
}
