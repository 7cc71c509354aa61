package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.connector.Diagnosis;
import java.util.Objects;
import java.util.Optional;

/**
 * A call into a plugin that did not produce a usable result. The message is a sentence for users naming the
 * plugin and the operation; it never carries a stack trace, and the exception never holds the plugin's own
 * throwable (whose class would pin the plugin's class loader and whose methods are plugin code).
 */
public class PluginCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pluginId;
    private final String operation;
    private final FailureKind kind;
    private final Diagnosis diagnosis;

    /**
     * A failure of {@code operation} of plugin {@code pluginId}.
     *
     * @param pluginId  the plugin's id
     * @param operation what the platform asked, for example {@code classify}
     * @param kind      how it went wrong
     * @param message   a sentence for users
     */
    public PluginCallException(String pluginId, String operation, FailureKind kind, String message) {
        this(pluginId, operation, kind, message, null);
    }

    /**
     * A failure that a connector reported with a {@link Diagnosis} (it threw a
     * {@link io.custodian.plugin.api.connector.ConnectorException}).
     *
     * @param diagnosis the connector's diagnosis, or {@code null}
     */
    public PluginCallException(String pluginId, String operation, FailureKind kind, String message, Diagnosis diagnosis) {
        super(message);
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.diagnosis = diagnosis;
    }

    /** The plugin that failed. */
    public String pluginId() {
        return pluginId;
    }

    /** The operation that failed, for example {@code classify} or {@code assets.next}. */
    public String operation() {
        return operation;
    }

    /** How it failed. */
    public FailureKind kind() {
        return kind;
    }

    /** The diagnosis when the plugin failed with a {@link io.custodian.plugin.api.connector.ConnectorException}. */
    public Optional<Diagnosis> diagnosis() {
        return Optional.ofNullable(diagnosis);
    }
}
