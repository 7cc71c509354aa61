package io.custodian.platform.audit.rest.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Error codes of the audit API. Stable: clients may switch on them. */
public final class AuditErrorCode {
    /** A filter, time or limit could not be understood. */
    public static final ErrorCode INVALID_QUERY = ErrorCode.of("audit.invalid_query", 400, "Invalid Audit Query");
    /** The {@code after} cursor was not one this API handed out. */
    public static final ErrorCode INVALID_CURSOR = ErrorCode.of("audit.invalid_cursor", 400, "Invalid Cursor");
    /** The export format is not {@code csv} or {@code jsonl}. */
    public static final ErrorCode INVALID_FORMAT = ErrorCode.of("audit.invalid_format", 400,
            "Unsupported Export Format");

    private AuditErrorCode() {
    }
}
