package io.custodian.platform.plugins.internal.lifecycle;

/** The framework refused a bundle operation; the message says which plugin and why. */
public class BundleOperationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BundleOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    public BundleOperationException(String message) {
        super(message);
    }
}
