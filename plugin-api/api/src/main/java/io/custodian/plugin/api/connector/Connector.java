package io.custodian.plugin.api.connector;

import io.custodian.plugin.api.PluginExtension;

/**
 * Reads one kind of data source. Implementations are thread-safe: the host may test connections and
 * open several sessions at once. Connection-level state belongs in the {@link ConnectorSession}.
 */
public interface Connector extends PluginExtension {

    /** What this connector reads and how it is configured. Must be cheap and must not touch the network. */
    ConnectorDescriptor describe();

    /**
     * Tries the settings and says what is wrong if anything is. Never throws for a problem with the
     * source: every such problem is a {@link ConnectionTestResult} with a {@link Diagnosis}.
     */
    ConnectionTestResult testConnection(ConnectionSettings settings);

    /**
     * Opens a session on the source.
     *
     * @throws ConnectorException with a {@link Diagnosis} when the source cannot be reached or refuses the settings
     */
    ConnectorSession open(ConnectionSettings settings);
}
