package io.custodian.platform.openapi.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Error codes of the OpenAPI bundle. */
enum OpenApiErrorCode implements ErrorCode {
    ASSET_NOT_FOUND("openapi.asset_not_found", 404, "Documentation file not found");

    private final String code;
    private final int status;
    private final String title;

    OpenApiErrorCode(String code, int status, String title) {
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
