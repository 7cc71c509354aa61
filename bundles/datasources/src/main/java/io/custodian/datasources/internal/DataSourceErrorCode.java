package io.custodian.datasources.internal;

import io.custodian.platform.rest.api.ErrorCode;
import io.custodian.plugin.api.connector.Diagnosis;
import java.util.EnumMap;
import java.util.Map;

/**
 * Errors of the {@code /datasources} endpoints and the data source commands. Codes are stable: clients may switch
 * on them. A connection test that fails before a save ({@code ?test=true}) answers with the code of its diagnosis
 * ({@link #of(Diagnosis)}), status 422.
 */
public final class DataSourceErrorCode {
    /** A field of the request is missing or malformed. */
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("datasource.invalid_request", 400, "Invalid request");
    /** The settings or secrets do not satisfy the connector's schema; the problem lists them in {@code errors}. */
    public static final ErrorCode SETTINGS_REJECTED = ErrorCode.of("datasource.settings_rejected", 400,
            "Settings do not match the connector's schema");
    /** No running connector serves the type; the problem lists the types served now in {@code types}. */
    public static final ErrorCode UNKNOWN_TYPE = ErrorCode.of("datasource.unknown_type", 400, "Unknown source type");
    /** No source has that id. */
    public static final ErrorCode NOT_FOUND = ErrorCode.of("datasource.not_found", 404, "Data source not found");
    /** Another source has that name. */
    public static final ErrorCode NAME_TAKEN = ErrorCode.of("datasource.name_taken", 409, "Name already taken");
    /** The connector plugin of the source's type is not running (stopped, uninstalled) or did not answer. */
    public static final ErrorCode CONNECTOR_UNAVAILABLE = ErrorCode.of("datasource.connector_unavailable", 409,
            "Connector unavailable");
    /** A referenced secret cannot be read, or a stored one cannot be decrypted. */
    public static final ErrorCode SECRET_UNAVAILABLE = ErrorCode.of("datasource.secret_unavailable", 422,
            "Secret unavailable");
    /** The master key comes from the environment; its owner rotates it there. */
    public static final ErrorCode MASTER_KEY_EXTERNAL = ErrorCode.of("datasource.master_key_external", 409,
            "Master key managed outside Custodian");

    private static final Map<Diagnosis, ErrorCode> DIAGNOSES = new EnumMap<>(Map.of(
            Diagnosis.UNREACHABLE, ErrorCode.of("datasource.unreachable", 422, "Source unreachable"),
            Diagnosis.REFUSED, ErrorCode.of("datasource.refused", 422, "Connection refused"),
            Diagnosis.TLS, ErrorCode.of("datasource.tls", 422, "TLS failed"),
            Diagnosis.AUTH_FAILED, ErrorCode.of("datasource.auth_failed", 422, "Authentication failed"),
            Diagnosis.DATABASE_MISSING, ErrorCode.of("datasource.database_missing", 422, "Database missing"),
            Diagnosis.PERMISSION_MISSING, ErrorCode.of("datasource.permission_missing", 422, "Permission missing"),
            Diagnosis.TIMEOUT, ErrorCode.of("datasource.timeout", 422, "Connection timed out"),
            Diagnosis.INVALID_SETTINGS, ErrorCode.of("datasource.invalid_settings", 422, "Invalid connection settings"),
            Diagnosis.OTHER, ErrorCode.of("datasource.other", 422, "Connection failed")));

    private DataSourceErrorCode() {
    }

    /** The code of a failed connection test's diagnosis; {@code null} for {@link Diagnosis#OK}. */
    public static ErrorCode of(Diagnosis diagnosis) {
        return DIAGNOSES.get(diagnosis);
    }
}
