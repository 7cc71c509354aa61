package io.custodian.platform.access.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of the {@code /security} access-control endpoints. Codes are stable: clients may switch on them. */
public final class AccessErrorCode {
    /** A field is missing or malformed; the problem lists them in {@code errors}. */
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("access.invalid_request", 400, "Invalid request");
    /** The change would leave the model inconsistent: a role cycle, an unknown role, a bad condition. */
    public static final ErrorCode INVALID_MODEL = ErrorCode.of("access.invalid_model", 400,
            "Inconsistent access model");
    public static final ErrorCode ROLE_NOT_FOUND = ErrorCode.of("access.role_not_found", 404, "Role not found");
    public static final ErrorCode POLICY_NOT_FOUND = ErrorCode.of("access.policy_not_found", 404, "Policy not found");
    public static final ErrorCode GRANT_NOT_FOUND = ErrorCode.of("access.grant_not_found", 404, "Grant not found");
    public static final ErrorCode DELEGATION_NOT_FOUND = ErrorCode.of("access.delegation_not_found", 404,
            "Delegation not found");
    /** A role or policy of that name already exists, or the same grant does. */
    public static final ErrorCode DUPLICATE = ErrorCode.of("access.duplicate", 409, "Already exists");
    /** Built-in roles cannot be deleted or renamed; built-in policies cannot be changed. */
    public static final ErrorCode BUILT_IN = ErrorCode.of("access.built_in", 409, "Built-in definition");
    /** A role still inherited by another role or still granted cannot be deleted. */
    public static final ErrorCode ROLE_IN_USE = ErrorCode.of("access.role_in_use", 409, "Role in use");
    /** The caller tried to hand out (by policy, grant or parent role) permissions they do not hold. */
    public static final ErrorCode EXCEEDS_RIGHTS = ErrorCode.of("access.exceeds_rights", 403,
            "Beyond the caller's rights");
    /** The caller tried to delegate permissions they do not hold. */
    public static final ErrorCode DELEGATION_EXCEEDS_RIGHTS = ErrorCode.of("access.delegation_exceeds_rights", 403,
            "Delegation beyond the caller's rights");
    /** Only the delegator or a holder of role.edit may revoke a delegation. */
    public static final ErrorCode NOT_ALLOWED = ErrorCode.of("access.not_allowed", 403, "Not allowed");
    /** The endpoint needs an authenticated user (the runtime normally ensures it). */
    public static final ErrorCode CALLER_REQUIRED = ErrorCode.of("access.caller_required", 401,
            "Authentication required");

    private AccessErrorCode() {
    }
}
