package io.custodian.platform.apikeys.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of the {@code /security/apikeys} endpoints. Codes are stable: clients may switch on them. */
public enum ApiKeyErrorCode implements ErrorCode {
    /** A field is missing or malformed; the problem lists them in {@code errors}. */
    INVALID_REQUEST("apikey.invalid_request", 400, "Invalid request"),
    /** A scope asks for a permission the owner does not hold; the problem lists them in {@code notHeld}. */
    SCOPE_EXCEEDS_RIGHTS("apikey.scope_exceeds_rights", 403, "Scope beyond the owner's rights"),
    /** Listing other users' keys needs {@code apikey.admin}; rotating needs the owner. */
    NOT_ALLOWED("apikey.not_allowed", 403, "Not allowed"),
    /** No such key, or it belongs to another user and the caller does not hold {@code apikey.admin}. */
    NOT_FOUND("apikey.not_found", 404, "API key not found"),
    /** The owner already has a key (not revoked) of that name. */
    DUPLICATE_NAME("apikey.duplicate_name", 409, "Name already used"),
    /** A revoked or expired key cannot be rotated. */
    INACTIVE("apikey.inactive", 409, "Key revoked or expired"),
    /** The endpoint needs an authenticated user (the runtime normally ensures it). */
    CALLER_REQUIRED("apikey.caller_required", 401, "Authentication required");

    private final String code;
    private final int status;
    private final String title;

    ApiKeyErrorCode(String code, int status, String title) {
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
