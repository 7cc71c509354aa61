package io.custodian.platform.access.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of the {@code /security} access-control endpoints. Codes are stable: clients may switch on them. */
public enum AccessErrorCode implements ErrorCode {
    /** A field is missing or malformed; the problem lists them in {@code errors}. */
    INVALID_REQUEST("access.invalid_request", 400, "Invalid request"),
    /** The change would leave the model inconsistent: a role cycle, an unknown role, a bad condition. */
    INVALID_MODEL("access.invalid_model", 400, "Inconsistent access model"),
    ROLE_NOT_FOUND("access.role_not_found", 404, "Role not found"),
    POLICY_NOT_FOUND("access.policy_not_found", 404, "Policy not found"),
    GRANT_NOT_FOUND("access.grant_not_found", 404, "Grant not found"),
    DELEGATION_NOT_FOUND("access.delegation_not_found", 404, "Delegation not found"),
    /** A role or policy of that name already exists, or the same grant does. */
    DUPLICATE("access.duplicate", 409, "Already exists"),
    /** Built-in roles cannot be deleted or renamed; built-in policies cannot be changed. */
    BUILT_IN("access.built_in", 409, "Built-in definition"),
    /** A role still inherited by another role or still granted cannot be deleted. */
    ROLE_IN_USE("access.role_in_use", 409, "Role in use"),
    /** The caller tried to hand out (by policy, grant or parent role) permissions they do not hold. */
    EXCEEDS_RIGHTS("access.exceeds_rights", 403, "Beyond the caller's rights"),
    /** The caller tried to delegate permissions they do not hold. */
    DELEGATION_EXCEEDS_RIGHTS("access.delegation_exceeds_rights", 403, "Delegation beyond the caller's rights"),
    /** Only the delegator or a holder of role.edit may revoke a delegation. */
    NOT_ALLOWED("access.not_allowed", 403, "Not allowed"),
    /** The endpoint needs an authenticated user (the runtime normally ensures it). */
    CALLER_REQUIRED("access.caller_required", 401, "Authentication required");

    private final String code;
    private final int status;
    private final String title;

    AccessErrorCode(String code, int status, String title) {
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
