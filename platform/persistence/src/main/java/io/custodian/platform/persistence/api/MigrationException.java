package io.custodian.platform.persistence.api;

/** A migration could not be applied; the database is left at the last fully applied version. */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
