package io.custodian.platform.audit.rest.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Error codes of the audit API. Stable: clients may switch on them. */
public enum AuditErrorCode implements ErrorCode {
    /** A filter, time or limit could not be understood. */
    INVALID_QUERY("audit.invalid_query", 400, "Invalid Audit Query"),
    /** The {@code after} cursor was not one this API handed out. */
    INVALID_CURSOR("audit.invalid_cursor", 400, "Invalid Cursor"),
    /** The export format is not {@code csv} or {@code jsonl}. */
    INVALID_FORMAT("audit.invalid_format", 400, "Unsupported Export Format");

    private final String code;
    private final int status;
    private final String title;

    AuditErrorCode(String code, int status, String title) {
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
