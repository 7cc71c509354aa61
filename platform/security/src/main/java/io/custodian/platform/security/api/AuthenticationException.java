package io.custodian.platform.security.api;

/**
 * Credentials were not accepted. The message is safe to show to the caller: it never says
 * whether the user exists.
 */
public class AuthenticationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
