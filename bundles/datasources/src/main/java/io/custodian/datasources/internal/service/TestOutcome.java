package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.DataSourceErrorCode;
import io.custodian.platform.rest.api.ErrorCode;
import io.custodian.plugin.api.connector.Diagnosis;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a connection test, with the platform's sentence for its diagnosis.
 *
 * @param diagnosis what the connector found, {@link Diagnosis#OK} if the connection works
 * @param detail    the connector's own words (never a secret: connectors promise that), or the platform's when the
 *                  connector could not be asked
 * @param elapsedMs how long the test took
 */
public record TestOutcome(Diagnosis diagnosis, String detail, long elapsedMs) {

    private static final Map<Diagnosis, String> SENTENCES = new EnumMap<>(Map.of(
            Diagnosis.OK, "The connection works.",
            Diagnosis.UNREACHABLE, "The host cannot be reached: check the host name and that the network routes to it.",
            Diagnosis.REFUSED, "The host refused the connection: check the port and that the server is running.",
            Diagnosis.TLS, "The TLS connection failed: check the TLS setting and the server's certificate.",
            Diagnosis.AUTH_FAILED, "The source rejected the credentials: check the user and the password.",
            Diagnosis.DATABASE_MISSING, "The database, catalog or folder named in the settings does not exist.",
            Diagnosis.PERMISSION_MISSING, "Connected, but the account lacks a privilege the connector needs.",
            Diagnosis.TIMEOUT, "The source did not answer in time.",
            Diagnosis.INVALID_SETTINGS, "The connector cannot use these settings.",
            Diagnosis.OTHER, "The connection failed."));

    /** Rejects missing fields. */
    public TestOutcome {
        Objects.requireNonNull(diagnosis, "diagnosis");
        detail = detail == null ? "" : detail;
    }

    /** Whether the connection works. */
    public boolean ok() {
        return diagnosis == Diagnosis.OK;
    }

    /** The stable code of a failure ({@code datasource.auth_failed}, ...), {@code null} when ok. */
    public String code() {
        ErrorCode code = DataSourceErrorCode.of(diagnosis);
        return code == null ? null : code.code();
    }

    /** The platform's sentence for the diagnosis. */
    public String sentence() {
        return SENTENCES.get(diagnosis);
    }

    /** The sentence followed by the connector's detail, as health and problems show it. */
    public String message() {
        return detail.isBlank() ? sentence() : sentence() + " (" + detail + ")";
    }
}
