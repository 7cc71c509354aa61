package io.custodian.platform.authz.api;

/** The access model is inconsistent: a role cycle, an unknown parent role, a condition that does not parse. */
public class InvalidModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the role, policy or condition */
    public InvalidModelException(String message) {
        super(message);
    }
}
