package io.custodian.platform.apikeys.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of the {@code /security/apikeys} endpoints. Codes are stable: clients may switch on them. */
public final class ApiKeyErrorCode {
    /** A field is missing or malformed; the problem lists them in {@code errors}. */
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("apikey.invalid_request", 400, "Invalid request");
    /** A scope asks for a permission the owner does not hold; the problem lists them in {@code notHeld}. */
    public static final ErrorCode SCOPE_EXCEEDS_RIGHTS = ErrorCode.of("apikey.scope_exceeds_rights", 403,
            "Scope beyond the owner's rights");
    /** Listing other users' keys needs {@code apikey.admin}; rotating needs the owner. */
    public static final ErrorCode NOT_ALLOWED = ErrorCode.of("apikey.not_allowed", 403, "Not allowed");
    /** No such key, or it belongs to another user and the caller does not hold {@code apikey.admin}. */
    public static final ErrorCode NOT_FOUND = ErrorCode.of("apikey.not_found", 404, "API key not found");
    /** The owner already has a key (not revoked) of that name. */
    public static final ErrorCode DUPLICATE_NAME = ErrorCode.of("apikey.duplicate_name", 409, "Name already used");
    /** A revoked or expired key cannot be rotated. */
    public static final ErrorCode INACTIVE = ErrorCode.of("apikey.inactive", 409, "Key revoked or expired");
    /** The endpoint needs an authenticated user (the runtime normally ensures it). */
    public static final ErrorCode CALLER_REQUIRED = ErrorCode.of("apikey.caller_required", 401,
            "Authentication required");

    private ApiKeyErrorCode() {
    }
}
