package io.custodian.platform.openapi.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Error codes of the OpenAPI bundle. */
final class OpenApiErrorCode {
    public static final ErrorCode ASSET_NOT_FOUND = ErrorCode.of("openapi.asset_not_found", 404,
            "Documentation file not found");

    private OpenApiErrorCode() {
    }
}
