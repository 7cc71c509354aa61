package io.custodian.plugin.api.connector;

import io.custodian.plugin.api.PluginException;
import java.util.Objects;

/** A connector's failure with a {@link Diagnosis}; the message is shown to users, so no secrets. */
public class ConnectorException extends PluginException {

    private static final long serialVersionUID = 1L;

    private final Diagnosis diagnosis;

    /** A failure of kind {@code diagnosis}. */
    public ConnectorException(Diagnosis diagnosis, String message) {
        super(message);
        this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
    }

    /** A failure of kind {@code diagnosis}, caused by {@code cause}. */
    public ConnectorException(Diagnosis diagnosis, String message, Throwable cause) {
        super(message, cause);
        this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
    }

    /** What went wrong. */
    public Diagnosis diagnosis() {
        return diagnosis;
    }
}
