package io.custodian.platform.rest.internal.problem;

import io.custodian.platform.rest.api.ErrorCode;

/** Error codes of the REST runtime itself. Stable: clients may switch on them. */
public enum KernelErrorCode implements ErrorCode {
    NOT_FOUND("request.not_found", 404, "Not Found"),
    METHOD_NOT_ALLOWED("request.method_not_allowed", 405, "Method Not Allowed"),
    NOT_ACCEPTABLE("request.not_acceptable", 406, "Not Acceptable"),
    UNSUPPORTED_MEDIA_TYPE("request.unsupported_media_type", 415, "Unsupported Media Type"),
    MALFORMED_JSON("request.malformed_json", 400, "Malformed JSON"),
    INVALID_BODY("request.invalid_body", 400, "Invalid Request Body"),
    BAD_REQUEST("request.bad_request", 400, "Bad Request"),
    AUTH_REQUIRED("auth.required", 401, "Unauthorized"),
    AUTH_FAILED("auth.invalid_credentials", 401, "Unauthorized"),
    FORBIDDEN("auth.forbidden", 403, "Forbidden"),
    PERMISSION_UNDECLARED("auth.permission_undeclared", 403, "Forbidden"),
    RATE_LIMITED("request.rate_limited", 429, "Too Many Requests"),
    INTERNAL("internal.error", 500, "Internal Server Error"),
    UNAVAILABLE("service.unavailable", 503, "Service Unavailable");

    private final String code;
    private final int status;
    private final String title;

    KernelErrorCode(String code, int status, String title) {
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
