package io.custodian.scanning.internal;

import io.custodian.platform.rest.api.ErrorCode;

/** Errors of the {@code /scans} endpoints and the scan commands. Codes are stable: clients may switch on them. */
public final class ScanningErrorCode {
    /** A field of the request is missing or malformed; the problem lists each in {@code errors}. */
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("scan.invalid_request", 400, "Invalid request");
    /** The definition names a data source that is not registered. */
    public static final ErrorCode UNKNOWN_SOURCE = ErrorCode.of("scan.unknown_source", 400, "Unknown data source");
    /** The caller may not scan the definition's data source ({@code datasource.scan:<id>}). */
    public static final ErrorCode SCAN_NOT_ALLOWED = ErrorCode.of("scan.not_allowed", 403, "Scan not allowed");
    /** No scan definition has that id. */
    public static final ErrorCode DEFINITION_NOT_FOUND = ErrorCode.of("scan.definition_not_found", 404,
            "Scan definition not found");
    /** No scan run has that id. */
    public static final ErrorCode RUN_NOT_FOUND = ErrorCode.of("scan.run_not_found", 404, "Scan run not found");
    /** A run of the same data source is queued or running; the problem names it in {@code runId}. */
    public static final ErrorCode SOURCE_BUSY = ErrorCode.of("scan.source_busy", 409, "Data source is being scanned");
    /** The definition's data source was removed since the definition was saved. */
    public static final ErrorCode SOURCE_MISSING = ErrorCode.of("scan.source_missing", 409, "Data source no longer exists");
    /** The run is over (or runs on another node) and cannot be cancelled here. */
    public static final ErrorCode RUN_NOT_ACTIVE = ErrorCode.of("scan.run_not_active", 409, "Scan run not active");
    /** The definition has a queued or running run; cancel it first. */
    public static final ErrorCode DEFINITION_IN_USE = ErrorCode.of("scan.definition_in_use", 409, "Scan definition in use");

    private ScanningErrorCode() {
    }
}
