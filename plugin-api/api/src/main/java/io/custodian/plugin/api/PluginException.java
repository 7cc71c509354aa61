package io.custodian.plugin.api;

/** A failure a plugin reports on purpose, or the host reports to a plugin. The message is shown to users: no secrets in it. */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public PluginException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
