package io.custodian.plugins.jdbc;

import io.custodian.plugin.api.connector.Diagnosis;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Turns a connection or query failure into a {@link Diagnosis} and a sentence for the user. Network causes
 * are found anywhere in the cause chain (drivers wrap them); SQL states decide the rest.
 */
public final class SqlDiagnoser {

    private final JdbcDialect dialect;

    /** A diagnoser asking {@code dialect} about vendor codes it does not know itself. */
    public SqlDiagnoser(JdbcDialect dialect) {
        this.dialect = dialect;
    }

    /** What kind of failure {@code failure} is. */
    public Diagnosis diagnose(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<Diagnosis> found = network(t);
            if (found.isPresent()) {
                return found.get();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<Diagnosis> found = sqlState(sql.getSQLState()).or(() -> dialect.vendorDiagnosis(sql));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return Diagnosis.OTHER;
    }

    /** A sentence for the user about {@code failure} at {@code target}; driver text only for unknown failures, redacted. */
    public String sentence(Diagnosis diagnosis, JdbcTarget target, Throwable failure) {
        String where = target.description();
        return switch (diagnosis) {
            case OK -> "connected to " + where;
            case UNREACHABLE -> "cannot reach " + where + ": the host name does not resolve or there is no route to it";
            case REFUSED -> "the host of " + where + " refused the connection: nothing listens on that port";
            case TLS -> "the TLS handshake with " + where + " failed (certificate, protocol or SSL mode)";
            case AUTH_FAILED -> "the database at " + where + " rejected the user name or password";
            case DATABASE_MISSING -> "the database " + where + " does not exist";
            case PERMISSION_MISSING -> "the account may not read " + where + ": a privilege is missing";
            case TIMEOUT -> "the database at " + where + " did not answer in time";
            case INVALID_SETTINGS -> "the settings for " + where + " are invalid";
            case OTHER -> "the database at " + where + " failed: " + target.redact(rootMessage(failure));
        };
    }

    private static Optional<Diagnosis> network(Throwable t) {
        if (t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
            return Optional.of(Diagnosis.UNREACHABLE);
        }
        if (t instanceof ConnectException) {
            return Optional.of(Diagnosis.REFUSED);
        }
        if (t instanceof SSLException) {
            return Optional.of(Diagnosis.TLS);
        }
        if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException) {
            return Optional.of(Diagnosis.TIMEOUT);
        }
        return Optional.empty();
    }

    private static Optional<Diagnosis> sqlState(String state) {
        if (state == null) {
            return Optional.empty();
        }
        if (state.startsWith("28")) {
            return Optional.of(Diagnosis.AUTH_FAILED);
        }
        if (state.equals("3D000")) {
            return Optional.of(Diagnosis.DATABASE_MISSING);
        }
        if (state.equals("42501")) {
            return Optional.of(Diagnosis.PERMISSION_MISSING);
        }
        if (state.equals("HYT00") || state.equals("57014")) {
            return Optional.of(Diagnosis.TIMEOUT);
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        if (failure == null) {
            return "unknown error";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
