package io.custodian.catalog.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of the {@code /catalog} endpoints. Codes are stable: clients may switch on them. */
public final class CatalogErrorCode {
    /** A query parameter is malformed or out of range; the problem names it in {@code parameter}. */
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("catalog.invalid_request", 400, "Invalid request");
    /** No asset with that id or qualified name. */
    public static final ErrorCode ASSET_NOT_FOUND = ErrorCode.of("catalog.asset_not_found", 404, "Asset not found");
    /** Several sources hold an asset of that qualified name; the problem lists them in {@code sourceIds}. */
    public static final ErrorCode AMBIGUOUS_NAME = ErrorCode.of("catalog.ambiguous_name", 409,
            "Qualified name found in several sources");

    private CatalogErrorCode() {
    }
}
