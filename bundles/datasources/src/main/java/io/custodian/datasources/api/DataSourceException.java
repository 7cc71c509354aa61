package io.custodian.datasources.api;

/** A data source cannot be used: it does not exist, or no running connector serves its type. */
public class DataSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the source cannot be used. */
    public enum Reason {
        /** No source has that id. */
        NOT_FOUND,
        /** No started connector plugin serves the source's type. */
        NO_CONNECTOR,
        /** A referenced secret (environment variable or file) cannot be read. */
        SECRET_UNAVAILABLE
    }

    private final Reason reason;

    /** A failure with a reason and a sentence a user can act on. */
    public DataSourceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
