package io.custodian.platform.rest.internal.problem;

import io.custodian.platform.rest.api.ErrorCode;

/** Error codes of the REST runtime itself. Stable: clients may switch on them. */
public final class KernelErrorCode {
    public static final ErrorCode NOT_FOUND = ErrorCode.of("request.not_found", 404, "Not Found");
    public static final ErrorCode METHOD_NOT_ALLOWED = ErrorCode.of("request.method_not_allowed", 405,
            "Method Not Allowed");
    public static final ErrorCode NOT_ACCEPTABLE = ErrorCode.of("request.not_acceptable", 406, "Not Acceptable");
    public static final ErrorCode UNSUPPORTED_MEDIA_TYPE = ErrorCode.of("request.unsupported_media_type", 415,
            "Unsupported Media Type");
    public static final ErrorCode MALFORMED_JSON = ErrorCode.of("request.malformed_json", 400, "Malformed JSON");
    public static final ErrorCode INVALID_BODY = ErrorCode.of("request.invalid_body", 400, "Invalid Request Body");
    public static final ErrorCode BAD_REQUEST = ErrorCode.of("request.bad_request", 400, "Bad Request");
    public static final ErrorCode AUTH_REQUIRED = ErrorCode.of("auth.required", 401, "Unauthorized");
    public static final ErrorCode AUTH_FAILED = ErrorCode.of("auth.invalid_credentials", 401, "Unauthorized");
    public static final ErrorCode FORBIDDEN = ErrorCode.of("auth.forbidden", 403, "Forbidden");
    public static final ErrorCode PERMISSION_UNDECLARED = ErrorCode.of("auth.permission_undeclared", 403, "Forbidden");
    public static final ErrorCode RATE_LIMITED = ErrorCode.of("request.rate_limited", 429, "Too Many Requests");
    public static final ErrorCode INTERNAL = ErrorCode.of("internal.error", 500, "Internal Server Error");
    public static final ErrorCode UNAVAILABLE = ErrorCode.of("service.unavailable", 503, "Service Unavailable");

    private KernelErrorCode() {
    }
}
